import Link from 'next/link'
import type { ReactNode } from 'react'
import { SignOutButton } from '../auth/SignOutButton'
import { UserAvatar } from '../auth/UserAvatar'

export function TopBar({ user, children }: { user?: { login: string; name: string; color?: string; avatarUrl?: string | null } | null; children?: ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-600 text-sm text-white">LM</span>
          Live Minutes
        </Link>
        {user && <Link href="/series" className="text-sm font-medium text-slate-600 hover:text-slate-900">Series</Link>}
        <div className="min-w-0 flex-1">{children}</div>
        {user && (
          <div className="flex items-center gap-3 text-sm text-slate-600">
            <UserAvatar login={user.login} name={user.name} avatarUrl={user.avatarUrl} color={user.color} />
            <span title={`@${user.login}`} data-testid="signed-in-as">
              {user.name} <span className="text-slate-400">@{user.login}</span>
            </span>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  )
}
