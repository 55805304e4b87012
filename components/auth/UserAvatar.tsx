'use client'
import { useState } from 'react'

/** The GitHub avatar, or the initial on the user's colour when there is none or it fails to load. */
export function UserAvatar({ login, name, avatarUrl, color }: { login: string; name: string; avatarUrl?: string | null; color?: string }) {
  const [failed, setFailed] = useState(false)
  if (avatarUrl && !failed) {
    return (
      // Avatars come from the configured GitHub host, which next/image would have to be told about.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={avatarUrl} alt={`@${login}`} data-testid="user-avatar" width={28} height={28} onError={() => setFailed(true)}
        className="h-7 w-7 rounded-full border border-slate-200 bg-slate-100" />
    )
  }
  return (
    <span aria-hidden data-testid="user-avatar" data-avatar-url={avatarUrl ?? undefined} style={{ backgroundColor: color ?? '#64748b' }}
      className="grid h-7 w-7 place-items-center rounded-full text-xs font-semibold text-white">
      {(name || login).slice(0, 1).toUpperCase()}
    </span>
  )
}
