import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  )
}

export const UndoIcon = () => (
  <Icon>
    <path d="M6 3.5 3 6.5l3 3" />
    <path d="M3 6.5h6.5a3.5 3.5 0 0 1 0 7H7" />
  </Icon>
)

export const RedoIcon = () => (
  <Icon>
    <path d="m10 3.5 3 3-3 3" />
    <path d="M13 6.5H6.5a3.5 3.5 0 0 0 0 7H9" />
  </Icon>
)

export const CodeIcon = () => (
  <Icon>
    <path d="M5.5 4.5 2 8l3.5 3.5" />
    <path d="m10.5 4.5 3.5 3.5-3.5 3.5" />
  </Icon>
)

export const CodeBlockIcon = () => (
  <Icon>
    <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="2" />
    <path d="M6.5 6 4.5 8l2 2" />
    <path d="m9.5 6 2 2-2 2" />
  </Icon>
)

export const BulletListIcon = () => (
  <Icon>
    <path d="M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5" />
    <circle cx="3" cy="4" r=".9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="8" r=".9" fill="currentColor" stroke="none" />
    <circle cx="3" cy="12" r=".9" fill="currentColor" stroke="none" />
  </Icon>
)

export const OrderedListIcon = () => (
  <Icon>
    <path d="M6.5 4h7.5M6.5 8h7.5M6.5 12h7.5" />
    <path d="M2.25 2.75 3 2.25v3.5" strokeWidth="1.1" />
    <path d="M2.1 10.4a.9.9 0 0 1 1.7.4c0 .7-1.7 1.3-1.7 2.2h1.8" strokeWidth="1.1" />
  </Icon>
)

export const HorizontalRuleIcon = () => (
  <Icon>
    <path d="M1.5 8h13" />
    <path d="M4 4.5h8M4 11.5h8" opacity=".35" />
  </Icon>
)

export const LinkIcon = () => (
  <Icon>
    <path d="M6.8 9.2a2.8 2.8 0 0 0 4 0l2.1-2.1a2.8 2.8 0 0 0-4-4l-.7.7" />
    <path d="M9.2 6.8a2.8 2.8 0 0 0-4 0L3.1 8.9a2.8 2.8 0 0 0 4 4l.7-.7" />
  </Icon>
)

/** Letter glyphs read better than drawn icons for type styles. */
export const LetterIcon = ({ children, className = '' }: { children: ReactNode; className?: string }) => (
  <span aria-hidden className={`text-[15px] leading-none ${className}`}>
    {children}
  </span>
)
