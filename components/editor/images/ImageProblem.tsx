'use client'

/** Why a pasted or dropped image is not in the minutes; the rest of the minutes is untouched. */
export function ImageProblem({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div role="alert" data-testid="image-problem" className="flex items-start gap-3 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 shadow-sm">
      <p className="flex-1">{message}</p>
      <button
        type="button"
        onClick={onDismiss}
        aria-label="Dismiss"
        className="shrink-0 rounded-md px-2 py-0.5 font-medium text-amber-800 hover:bg-amber-100"
      >
        ×
      </button>
    </div>
  )
}
