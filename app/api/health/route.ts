import { NextResponse } from 'next/server'
import { db } from '@/server/db/client'
import { checkHealth } from '@/server/health/check-health'

export const dynamic = 'force-dynamic'

export async function GET() {
  const url = process.env.DATABASE_URL ?? 'file:./data/live-minutes.db'
  return NextResponse.json(await checkHealth(db(url), url), { headers: { 'cache-control': 'no-store' } })
}
