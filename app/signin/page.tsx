import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { GitHubSignInButton } from '@/components/auth/GitHubSignInButton'
import { LocalSignInForm } from '@/components/auth/LocalSignInForm'
import { signInErrorMessage } from '@/components/auth/sign-in-error-message'
import { githubSignInEnabled, localSignInEnabled } from '@/server/auth/sign-in-methods'
import { hasRepoScope } from '@/server/auth/has-repo-scope'
import { getSessionUser } from '@/server/auth/session-user'
import { db } from '@/server/db/client'

export const metadata: Metadata = { title: 'Sign in' }
export const dynamic = 'force-dynamic'

/** Only same-site paths: an absolute callback URL would be an open redirect. */
function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return v && v.startsWith('/') && !v.startsWith('//') ? v : '/'
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const callbackUrl = safeCallback(params.callbackUrl)
  const error = typeof params.error === 'string' ? signInErrorMessage(params.error) : null
  // ?scope=private: the export needs write access to private repositories.
  const privateRepo = params.scope === 'private'
  const github = githubSignInEnabled()
  const local = localSignInEnabled()
  const user = await getSessionUser()
  // Signed in already: go on, unless GitHub is here and the stored token cannot
  // export (none yet, forgotten after GitHub refused it, or without the scope
  // asked for) — then this page is where the export sends people to fix that.
  const tokenMissing = user !== null && github && !(user.viaGitHub && (await hasRepoScope(db(), user.id, privateRepo)))
  if (user && !error && !tokenMissing) redirect(callbackUrl)
  return (
    <main className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6 text-center">
          <span aria-hidden className="mx-auto mb-3 grid h-10 w-10 place-items-center rounded-lg bg-indigo-600 font-semibold text-white">LM</span>
          <h1 className="text-xl font-semibold">Sign in to Live Minutes</h1>
          <p className="mt-1 text-sm text-slate-500">Write the minutes together, live.</p>
        </div>
        {error && (
          <p role="alert" data-testid="signin-error" className="mb-4 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
            {error}
          </p>
        )}
        {user && tokenMissing && (
          <p data-testid="signin-github-needed" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            You are signed in as <strong>@{user.login}</strong>.{' '}
            {privateRepo
              ? 'Exporting to a private repository needs your permission for private repositories: sign in with GitHub and allow it.'
              : 'To export the minutes to GitHub, sign in with GitHub (again).'}
          </p>
        )}
        {github && <GitHubSignInButton callbackUrl={callbackUrl} privateRepo={privateRepo} />}
        {github && local && !user && (
          <div className="my-5 flex items-center gap-3 text-xs text-slate-400" aria-hidden>
            <span className="h-px flex-1 bg-slate-200" />
            or without GitHub
            <span className="h-px flex-1 bg-slate-200" />
          </div>
        )}
        {local && !user && <LocalSignInForm callbackUrl={callbackUrl} />}
        {!github && !local && <p className="text-sm text-slate-600">No sign-in method is configured on this server.</p>}
      </div>
    </main>
  )
}
