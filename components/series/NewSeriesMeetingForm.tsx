'use client'
import type { FormEvent } from 'react'
import { usePostThenOpen } from './use-post-then-open'

export function NewSeriesMeetingForm({ seriesId, defaultDate, defaultTitle }: { seriesId: string; defaultDate: string; defaultTitle: string }) {
  const { send, error, busy } = usePostThenOpen('create the meeting')
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    void send(`/api/series/${seriesId}/meetings`, { title: form.get('title') || undefined, date: form.get('date') || undefined })
  }

  const field = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none'
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="New meeting in this series">
      <label className="min-w-56 flex-1">
        <span className="text-sm font-medium text-slate-700">Title</span>
        <input name="title" maxLength={200} defaultValue={defaultTitle} className={field} />
      </label>
      <label>
        <span className="text-sm font-medium text-slate-700">Date</span>
        <input name="date" type="date" defaultValue={defaultDate} required className={field} />
      </label>
      <button type="submit" disabled={busy} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60">
        {busy ? 'Creating…' : 'New meeting'}
      </button>
      {error && <p role="alert" className="w-full rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">{error}</p>}
    </form>
  )
}
