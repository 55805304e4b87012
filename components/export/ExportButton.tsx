'use client'

import Link from 'next/link'
import { useState } from 'react'
import { MeetingState } from '@/components/series/MeetingState'
import { ExportDialog } from './ExportDialog'
import type { ExportRecord } from './export-types'
import { useMeetingExport } from './use-meeting-export'

const button =
  'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-indigo-400 focus-visible:outline-none disabled:opacity-60'

/** "Preview export" beside Copy and Download, the meeting's export state, and the dialog. */
export function ExportButton({ meetingId, record }: { meetingId: string; record: ExportRecord }) {
  const state = useMeetingExport(meetingId, record)
  const [open, setOpen] = useState(false)
  const current = state.record

  if (!current.inSeries) {
    return (
      <span className="text-xs text-slate-500" data-testid="export-needs-series">
        Export needs a series — <Link href="/series" className="font-medium text-indigo-700 underline">start meetings from one</Link>
      </span>
    )
  }
  return (
    <>
      <button
        type="button"
        className={button}
        disabled={state.step === 'previewing' && !open}
        onClick={() => {
          setOpen(true)
          void state.loadPreview()
        }}
      >
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M5 3.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0ZM5 12.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0ZM14 12.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0ZM3.5 5v6M12.5 11V7.5A2.5 2.5 0 0 0 10 5H7M8.5 3.5 7 5l1.5 1.5" />
        </svg>
        Preview export
      </button>
      {current.prNumber !== null && (
        <span className="inline-flex items-center gap-1.5 text-xs text-slate-600" data-testid="export-record">
          <MeetingState exportedAt={null} prState={current.prState} />
          {current.prUrl && /^https?:/.test(current.prUrl) ? (
            <a href={current.prUrl} target="_blank" rel="noreferrer" className="font-medium text-indigo-700 underline">
              #{current.prNumber}
            </a>
          ) : (
            <span>#{current.prNumber}</span>
          )}
        </span>
      )}
      <ExportDialog open={open} onClose={() => setOpen(false)} meetingId={meetingId} state={state} />
    </>
  )
}
