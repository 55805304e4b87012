import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { LocalSignInForm } from '@/components/auth/LocalSignInForm'
import { localSignInEnabled } from '@/server/auth/options'
import { getSessionUser } from '@/server/auth/session-user'

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
  if (await getSessionUser()) redirect(callbackUrl)
  return (
    <main className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6 text-center">
          <span aria-hidden className="mx-auto mb-3 grid h-10 w-10 place-items-center rounded-lg bg-indigo-600 font-semibold text-white">LM</span>
          <h1 className="text-xl font-semibold">Sign in to Live Minutes</h1>
          <p className="mt-1 text-sm text-slate-500">Write the minutes together, live.</p>
        </div>
        {localSignInEnabled() ? (
          <LocalSignInForm callbackUrl={callbackUrl} />
        ) : (
          <p className="text-sm text-slate-600">No sign-in method is configured on this server.</p>
        )}
      </div>
    </main>
  )
}
