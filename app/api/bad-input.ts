import { NextResponse } from 'next/server'
import type { ZodError } from 'zod'
import { zodIssueLines } from '@/lib/zod-issue-lines'

export function badRequest(error: string) {
  return NextResponse.json({ error }, { status: 400 })
}

export function badInput(error: ZodError) {
  return badRequest(zodIssueLines(error).join('; '))
}
