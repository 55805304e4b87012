/** Stands in while the browser's copy of the minutes is read, so nothing jumps when it appears. */
export function EditorSkeleton() {
  return (
    <div aria-busy="true" data-testid="editor-loading">
      <div className="mb-4 h-11 rounded-xl border border-slate-200 bg-white shadow-sm" />
      <div className="min-h-[60vh] rounded-xl border border-slate-200 bg-white px-12 py-10 shadow-sm">
        <p className="text-sm text-slate-400" role="status">
          Opening the minutes…
        </p>
      </div>
    </div>
  )
}
