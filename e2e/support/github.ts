// Signing in through the emulated GitHub's real OAuth redirect flow, and the
// emulator's control API (/_emulator/…, handle-control.ts) for specs: they run
// in another process than the emulator, which Playwright starts beside the app.
import { expect, type Page } from '@playwright/test'
import { emulatorApiUrl, emulatorWebUrl } from './e2e-environment'
import type { EmulatedPullSnapshot } from './github-emulator/start-github-emulator'

export { emulatorApiUrl, emulatorWebUrl, githubSeed } from './e2e-environment'

async function control<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${emulatorWebUrl}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`emulator ${method} /_emulator/${path} answered ${res.status}: ${text}`)
  return (text ? JSON.parse(text) : null) as T
}

export type EmulatorFailure = {
  kind: 'bad-credentials' | 'not-found' | 'forbidden' | 'branch-protected' | 'rate-limit' | 'network' | 'server-error'
  method?: string
  path?: string
  pathPattern?: string
  times?: number
  status?: number
  message?: string
  resetInSeconds?: number
  secondary?: boolean
  afterHandling?: boolean
}

/** The emulated GitHub, driven from a spec. Each call is the emulator method of the same name. */
export const githubEmulator = {
  webUrl: emulatorWebUrl,
  apiUrl: emulatorApiUrl,
  addUser: (user: { login: string; name: string; email: string; token?: string; scopes?: string[] }) =>
    control<{ id: number; login: string }>('POST', 'users', user),
  addRepo: (repo: { owner: string; name: string; private?: boolean; defaultBranch?: string; collaborators?: string[]; files?: Record<string, string> }) =>
    control('POST', 'repos', repo),
  /** The bare repository's path on disk: check an export's result with git itself. */
  repoPath: async (owner: string, name: string) => (await control<{ path: string }>('GET', `repos/${owner}/${name}`)).path,
  commitToBranch: (owner: string, name: string, branch: string, files: Record<string, string | null>, message?: string) =>
    control<{ sha: string }>('POST', `repos/${owner}/${name}/commits`, { branch, files, message }),
  protectBranch: (owner: string, name: string, pattern: string) => control('POST', `repos/${owner}/${name}/protect`, { pattern }),
  pulls: (owner: string, name: string) => control<EmulatedPullSnapshot[]>('GET', `repos/${owner}/${name}/pulls`),
  mergePull: (owner: string, name: string, number: number) => control<{ sha: string }>('POST', `repos/${owner}/${name}/pulls/${number}/merge`),
  closePull: (owner: string, name: string, number: number) => control('POST', `repos/${owner}/${name}/pulls/${number}/close`),
  injectFailure: (failure: EmulatorFailure) => control('POST', 'failures', failure),
  clearFailures: () => control('DELETE', 'failures'),
  revokeToken: (token: string) => control('POST', `tokens/${encodeURIComponent(token)}/revoke`),
  /** Who clicks "Authorize" on the consent page; 'deny' cancels it; null: the request's ?login= decides. */
  setOAuthApprover: (login: string | null) => control('POST', 'oauth-approver', { login }),
  /** Every API request answered so far, oldest first. */
  requests: () => control<{ method: string; path: string; status: number }[]>('GET', 'requests'),
}

/**
 * Signs the page's browser context in as an emulated GitHub user by clicking
 * "Sign in with GitHub" and following the real redirects: the app → the
 * emulator's authorize page (approved as `login`) → the app's callback, which
 * exchanges the code server-side. Ends on `callbackPath`, signed in.
 */
export async function signInWithGitHub(page: Page, login: string, callbackPath = '/'): Promise<void> {
  await githubEmulator.setOAuthApprover(login)
  try {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`)
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click()
    await page.waitForURL((url) => url.origin !== emulatorWebUrl && !url.pathname.startsWith('/signin') && !url.pathname.startsWith('/api/auth'))
  } finally {
    await githubEmulator.setOAuthApprover(null)
  }
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user?: { login?: string } }
  expect(session.user?.login, 'signed in through GitHub').toBe(login)
}
