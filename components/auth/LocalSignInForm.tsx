'use client'
import { signIn } from 'next-auth/react'
import { useState, type FormEvent } from 'react'
import { signInErrorMessage } from './sign-in-error-message'

export function LocalSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    const login = String(form.get('login') ?? '').trim().replace(/^@/, '')
    setBusy(true)
    setError(null)
    const res = await signIn('local', { name: form.get('name'), login, callbackUrl, redirect: false })
    if (res?.ok && !res.error) {
      window.location.assign(res.url ?? callbackUrl)
    } else {
      setBusy(false)
      setError(signInErrorMessage(res?.error ?? 'CredentialsSignin'))
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-describedby={error ? 'signin-error' : undefined}>
      <label className="block">
        <span className="text-sm font-medium text-slate-700">Your name</span>
        <input name="name" required maxLength={100} autoComplete="name" autoFocus
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none" />
      </label>
      <label className="block">
        <span className="text-sm font-medium text-slate-700">GitHub handle</span>
        <div className="mt-1 flex rounded-md border border-slate-300 shadow-sm focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-200">
          <span className="grid place-items-center pl-3 text-slate-400">@</span>
          <input name="login" required maxLength={40} autoComplete="username" pattern="@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}"
            className="block w-full rounded-md px-1 py-2 focus:outline-none" />
        </div>
        <span className="mt-1 block text-xs text-slate-500">Used for the participants list and action items in the minutes.</span>
      </label>
      {error && <p id="signin-error" role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">{error}</p>}
      <button type="submit" disabled={busy}
        className="w-full rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60">
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
