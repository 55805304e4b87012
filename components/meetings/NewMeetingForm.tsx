'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

export function NewMeetingForm({ defaultDate }: { defaultDate: string }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/api/meetings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: form.get('title'), date: form.get('date') || undefined }),
      })
      const body = (await res.json()) as { url?: string; error?: string }
      if (!res.ok || !body.url) throw new Error(body.error ?? `the server answered ${res.status}`)
      router.push(body.url)
    } catch (err) {
      setBusy(false)
      setError(`Could not create the meeting: ${(err as Error).message}`)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="New meeting">
      <label className="min-w-56 flex-1">
        <span className="text-sm font-medium text-slate-700">Title</span>
        <input name="title" required maxLength={200} placeholder="Team IaaS weekly"
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none" />
      </label>
      <label>
        <span className="text-sm font-medium text-slate-700">Date</span>
        <input name="date" type="date" defaultValue={defaultDate} required
          className="mt-1 block rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none" />
      </label>
      <button type="submit" disabled={busy}
        className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60">
        {busy ? 'Creating…' : 'New meeting'}
      </button>
      {error && <p role="alert" className="w-full rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">{error}</p>}
    </form>
  )
}
