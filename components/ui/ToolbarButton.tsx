'use client'

import type { ReactNode } from 'react'

interface ToolbarButtonProps {
  label: string
  /** Shown in the tooltip, e.g. "⌘B", so the shortcut is discoverable. */
  shortcut?: string
  /** Omit for actions; a boolean makes it a toggle that announces its state. */
  active?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}

export function ToolbarButton({ label, shortcut, active, disabled, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={active}
      disabled={disabled}
      // Keeps the editor's selection: a click must act on the text, not move focus away from it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={`grid h-8 min-w-8 place-items-center rounded-md px-1.5 text-sm font-medium transition-colors focus-visible:ring-2 focus-visible:ring-indigo-400 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-35 ${
        active ? 'bg-indigo-100 text-indigo-800' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
      }`}
    >
      {children}
    </button>
  )
}

export function ToolbarDivider() {
  // On a narrow screen the groups wrap, and a divider would start a line.
  return <span aria-hidden className="mx-1 hidden h-5 w-px bg-slate-200 sm:block" />
}
