'use client'

import { useEffect, useRef, useState } from 'react'
import { ExportDiff } from './ExportDiff'
import { ExportFailure } from './ExportFailure'
import { ExportOutcome } from './ExportOutcome'
import { LintFindings } from './LintFindings'
import type { MeetingExport } from './use-meeting-export'

type View = 'changes' | 'rendered' | 'markdown'
const views: { id: View; label: string }[] = [
  { id: 'changes', label: 'Changes' },
  { id: 'rendered', label: 'Rendered' },
  { id: 'markdown', label: 'Markdown' },
]

/** The preview of what "Export" commits, and the export itself, in a modal dialog. */
export function ExportDialog({ open, onClose, meetingId, state }: { open: boolean; onClose: () => void; meetingId: string; state: MeetingExport }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [view, setView] = useState<View>('changes')
  const { preview, step, failure, result, baseChanged } = state
  const running = step === 'exporting' || step === 'previewing'

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="export-dialog-title"
      data-testid="export-dialog"
      data-step={step}
      className="m-auto w-[min(64rem,calc(100vw-2rem))] rounded-xl bg-slate-50 p-0 shadow-2xl backdrop:bg-slate-900/40"
    >
      <div className="flex max-h-[90vh] flex-col">
        <header className="flex items-start justify-between gap-4 border-b border-slate-200 bg-white px-6 py-4">
          <div className="min-w-0">
            <h2 id="export-dialog-title" className="text-lg font-semibold text-slate-900">
              Export preview
            </h2>
            {preview && (
              <p data-testid="export-target" className="mt-0.5 truncate text-sm text-slate-600">
                <span className="font-medium text-slate-800">{preview.path}</span> in {preview.repository}, on a branch from{' '}
                <code className="font-mono">{preview.baseBranch}</code>
                {preview.existing === null ? ' — a new file' : ' — replaces the file there'}
              </p>
            )}
          </div>
          <button type="button" onClick={onClose} aria-label="Close" className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800">
            <svg aria-hidden viewBox="0 0 16 16" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.5">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </header>

        <div className="flex-1 space-y-4 overflow-y-auto px-6 py-4">
          {step === 'previewing' && (
            <p role="status" className="text-sm text-slate-600">
              Reading the base branch…
            </p>
          )}
          {failure && <ExportFailure failure={failure} meetingId={meetingId} busy={running} onRetry={() => void (failure.during === 'preview' ? state.loadPreview() : state.runExport())} />}
          {baseChanged && (
            <p data-testid="export-base-changed" role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm font-medium text-amber-900">
              The minutes file changed on {preview?.baseBranch} since your preview. The changes below are against the file as it is now — check them and export again.
            </p>
          )}
          {result && preview && <ExportOutcome result={result} preview={preview} />}
          {preview && (
            <>
              <div role="tablist" aria-label="Preview" className="flex gap-1 border-b border-slate-200">
                {views.map((v) => (
                  <button
                    key={v.id}
                    type="button"
                    role="tab"
                    aria-selected={view === v.id}
                    onClick={() => setView(v.id)}
                    className={`-mb-px border-b-2 px-3 py-1.5 text-sm font-medium ${view === v.id ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
                  >
                    {v.label}
                  </button>
                ))}
              </div>
              {view === 'changes' &&
                (preview.unchanged ? (
                  <p className="text-sm text-slate-600">The base branch already has exactly these minutes.</p>
                ) : (
                  <ExportDiff diff={preview.diff} />
                ))}
              {view === 'rendered' && (
                <div
                  data-testid="export-rendered"
                  className="minutes-prose max-h-[50vh] overflow-auto rounded-lg border border-slate-200 bg-white px-6 py-5"
                  // Rendered on the server by markdown-it with raw HTML off: see lib/markdown/render-html.ts.
                  dangerouslySetInnerHTML={{ __html: preview.html }}
                />
              )}
              {view === 'markdown' && (
                <pre data-testid="export-markdown" className="max-h-[50vh] overflow-auto rounded-lg border border-slate-200 bg-white px-4 py-3 font-mono text-xs leading-5 whitespace-pre-wrap text-slate-800">
                  {preview.markdown}
                </pre>
              )}
              <LintFindings findings={preview.lintFindings} config={preview.lintConfig} />
            </>
          )}
        </div>

        <footer className="flex items-center justify-end gap-3 border-t border-slate-200 bg-white px-6 py-3">
          <button type="button" onClick={() => void state.loadPreview()} disabled={running} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60">
            Refresh preview
          </button>
          <button
            type="button"
            data-testid="export-run"
            onClick={() => void state.runExport()}
            disabled={running || !preview}
            className="rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
          >
            {step === 'exporting' ? 'Exporting…' : baseChanged || result ? 'Export again' : 'Export'}
          </button>
        </footer>
      </div>
    </dialog>
  )
}
