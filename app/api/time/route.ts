import { NextResponse } from 'next/server'

export const dynamic = 'force-dynamic'

/** The server's clock, so every browser counts an agenda item's time box from the same instant. */
export function GET() {
  return NextResponse.json({ now: Date.now() }, { headers: { 'cache-control': 'no-store' } })
}
