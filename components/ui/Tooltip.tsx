import { useId, type ReactNode } from 'react'

/**
 * A hover and focus label below its child. Pure CSS so it costs nothing per
 * avatar; the child must be focusable for keyboard users to reach it.
 */
export function Tooltip({ text, children }: { text: ReactNode; children: (describedBy: string) => ReactNode }) {
  const id = useId()
  return (
    <span className="group/tooltip relative inline-flex">
      {children(id)}
      <span
        id={id}
        role="tooltip"
        className="pointer-events-none invisible absolute top-full right-0 z-40 mt-2 w-max max-w-64 rounded-md bg-slate-900 px-2.5 py-1.5 text-xs leading-snug text-white opacity-0 shadow-lg transition-opacity group-focus-within/tooltip:visible group-focus-within/tooltip:opacity-100 group-hover/tooltip:visible group-hover/tooltip:opacity-100"
      >
        {text}
      </span>
    </span>
  )
}
