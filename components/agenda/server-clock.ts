/**
 * How far this browser's clock is from the server's. A few round trips to
 * /api/time; the fastest one bounds the error best (half its round trip), so
 * every browser counts a shared time box down from the same instant.
 */
export async function measureServerOffset(samples = 5): Promise<number> {
  let best: { rtt: number; offset: number } | null = null
  for (let i = 0; i < samples; i++) {
    const sent = Date.now()
    const res = await fetch('/api/time', { cache: 'no-store' })
    const { now } = (await res.json()) as { now: number }
    const received = Date.now()
    const rtt = received - sent
    if (!best || rtt < best.rtt) best = { rtt, offset: now - (sent + rtt / 2) }
  }
  return best?.offset ?? 0
}
