// Test hooks over HTTP, under /_emulator/, for a test runner in another process
// than the emulator (Playwright starts servers before its tests). Each route
// calls the same method a test in-process would call.
import { z } from 'zod'
import { repoSeed as repoBody, userSeed as userBody } from './seed-schemas'
import type { GitHubEmulator } from './start-github-emulator'

export interface ControlReply {
  status: number
  body: unknown
}

const fileContents = z.record(z.string(), z.string().nullable())
const failureBody = z
  .object({
    kind: z.enum(['bad-credentials', 'not-found', 'forbidden', 'branch-protected', 'rate-limit', 'network', 'server-error']),
    method: z.string().optional(),
    /** Substring of the API path. */
    path: z.string().optional(),
    /** Regular expression source for the API path, where a substring is not enough. */
    pathPattern: z.string().optional(),
    times: z.number().int().positive().optional(),
    status: z.number().int().optional(),
    message: z.string().optional(),
    resetInSeconds: z.number().int().nonnegative().optional(),
    secondary: z.boolean().optional(),
    afterHandling: z.boolean().optional(),
  })
  .transform(({ pathPattern, ...rest }) => ({ ...rest, path: pathPattern ? new RegExp(pathPattern) : rest.path }))
const commitBody = z.object({ branch: z.string(), files: fileContents, message: z.string().optional() })

export async function handleControlRequest(emulator: GitHubEmulator, method: string, path: string, raw: string): Promise<ControlReply> {
  const body: unknown = raw ? JSON.parse(raw) : {}
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
  const [section, owner = '', name = '', sub, number, action] = parts
  if (method === 'POST' && section === 'users') return { status: 201, body: emulator.addUser(userBody.parse(body)) }
  if (method === 'POST' && section === 'repos' && parts.length === 1) {
    await emulator.addRepo(repoBody.parse(body))
    return { status: 201, body: {} }
  }
  if (method === 'GET' && section === 'repos' && sub === undefined) return { status: 200, body: { path: emulator.repoPath(owner, name) } }
  if (method === 'POST' && section === 'repos' && sub === 'commits') {
    const commit = commitBody.parse(body)
    return { status: 201, body: { sha: await emulator.commitToBranch(owner, name, commit.branch, commit.files, commit.message) } }
  }
  if (method === 'POST' && section === 'repos' && sub === 'protect') {
    emulator.protectBranch(owner, name, z.object({ pattern: z.string() }).parse(body).pattern)
    return { status: 204, body: null }
  }
  if (method === 'GET' && section === 'repos' && sub === 'pulls') return { status: 200, body: emulator.pulls(owner, name) }
  if (method === 'POST' && section === 'repos' && sub === 'pulls' && action === 'merge') {
    return { status: 200, body: { sha: await emulator.mergePull(owner, name, Number(number)) } }
  }
  if (method === 'POST' && section === 'repos' && sub === 'pulls' && action === 'close') {
    emulator.closePull(owner, name, Number(number))
    return { status: 204, body: null }
  }
  if (method === 'POST' && section === 'failures') {
    emulator.injectFailure(failureBody.parse(body) as Parameters<GitHubEmulator['injectFailure']>[0])
    return { status: 204, body: null }
  }
  if (method === 'DELETE' && section === 'failures') {
    emulator.clearFailures()
    return { status: 204, body: null }
  }
  if (method === 'POST' && section === 'tokens' && name === 'revoke') {
    emulator.revokeToken(owner)
    return { status: 204, body: null }
  }
  if (method === 'POST' && section === 'oauth-approver') {
    emulator.setOAuthApprover(z.object({ login: z.string().nullable() }).parse(body).login)
    return { status: 204, body: null }
  }
  if (method === 'GET' && section === 'requests') return { status: 200, body: emulator.requests }
  return { status: 404, body: { message: `no emulator control route ${method} /_emulator/${parts.join('/')}` } }
}
