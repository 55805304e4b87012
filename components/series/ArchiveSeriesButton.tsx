'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function ArchiveSeriesButton({ seriesId, archived }: { seriesId: string; archived: boolean }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  async function toggle() {
    setBusy(true)
    await fetch(`/api/series/${seriesId}/archive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ archived: !archived }),
    })
    setBusy(false)
    router.refresh()
  }
  return (
    <button type="button" onClick={() => void toggle()} disabled={busy}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-60">
      {archived ? 'Restore series' : 'Archive series'}
    </button>
  )
}
