import { NextResponse } from 'next/server'
import type { ZodError } from 'zod'

export function badInput(error: ZodError) {
  return NextResponse.json({ error: error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, { status: 400 })
}
