'use client'

import { useEffect, useState } from 'react'
import { ExportButton } from '@/components/export/ExportButton'
import type { ExportRecord } from '@/components/export/export-types'

/** Long enough to read two words, short enough not to cover the next action. */
const toastMs = 2500

function changesNotSaved(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'} not yet saved ${count === 1 ? 'is' : 'are'} not included`
}

/**
 * Copy and Download give the server's stored copy, the one the exporter
 * publishes, not the browser's: what was typed but not yet saved is not in it.
 * The count comes from the editor's own record of unsaved changes; while
 * connected those are saved within moments, so the note is kept for when they
 * cannot be, and a copy made meanwhile says so in its toast.
 */
export function MeetingActions({ meetingId, unsaved, connected, exportRecord }: { meetingId: string; unsaved: number; connected: boolean; exportRecord: ExportRecord }) {
  const [toast, setToast] = useState<{ text: string; failed: boolean } | null>(null)
  const [copying, setCopying] = useState(false)
  const url = `/api/meetings/${encodeURIComponent(meetingId)}/markdown`

  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), toast.failed ? 3 * toastMs : toastMs)
    return () => clearTimeout(timer)
  }, [toast])

  async function copy() {
    setCopying(true)
    try {
      const res = await fetch(url, { cache: 'no-store' })
      if (!res.ok) throw new Error(`the server answered ${res.status}`)
      await navigator.clipboard.writeText(await res.text())
      setToast({ text: unsaved > 0 ? `Copied; ${changesNotSaved(unsaved)}` : 'Copied', failed: false })
    } catch (error) {
      setToast({ text: `Could not copy: ${(error as Error).message}`, failed: true })
    } finally {
      setCopying(false)
    }
  }

  const button =
    'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-400 focus-visible:outline-none disabled:opacity-60'
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="meeting-actions">
      <button type="button" className={button} onClick={() => void copy()} disabled={copying}>
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5" y="5" width="8.5" height="9" rx="1.5" />
          <path d="M3 10.5V3.5A1.5 1.5 0 0 1 4.5 2H10" />
        </svg>
        Copy as Markdown
      </button>
      <a href={`${url}?download=1`} download className={button}>
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M8 2v8M4.5 7 8 10.5 11.5 7M3 13.5h10" />
        </svg>
        Download .md
      </a>
      <ExportButton meetingId={meetingId} record={exportRecord} />
      {unsaved > 0 && !connected && (
        <span data-testid="actions-unsaved-note" className="text-xs text-amber-800">
          {changesNotSaved(unsaved)}
        </span>
      )}
      <div
        role="status"
        aria-live="polite"
        className={`pointer-events-none fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-full px-4 py-2 text-sm font-medium shadow-lg transition-opacity ${
          toast ? 'opacity-100' : 'opacity-0'
        } ${toast?.failed ? 'bg-rose-700 text-white' : 'bg-slate-900 text-white'}`}
      >
        {toast?.text}
      </div>
    </div>
  )
}
