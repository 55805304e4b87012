'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * Sends a form's JSON and, once the server answers with the made thing's URL,
 * opens it; a refusal is kept as a message for the form to show.
 */
export function usePostThenOpen(what: string) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(url: string, body: unknown, options: { method?: string; open?: boolean } = {}) {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(url, { method: options.method ?? 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const answer = (await res.json()) as { url?: string; error?: string }
      if (!res.ok || !answer.url) throw new Error(answer.error ?? `the server answered ${res.status}`)
      if (options.open === false) {
        setBusy(false)
        router.refresh()
      } else router.push(answer.url)
    } catch (err) {
      setBusy(false)
      setError(`Could not ${what}: ${(err as Error).message}`)
    }
  }
  return { send, error, busy }
}
