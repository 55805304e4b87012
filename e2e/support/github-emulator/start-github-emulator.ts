// A GitHub that runs on this machine, for tests only: nothing in the app imports
// it. It speaks the OAuth web flow and the REST endpoints the export calls, in
// GitHub's documented shapes and status codes, on top of real bare git
// repositories, so a test checks an export's result with git itself. The API
// lives under /api/v3 beside the web pages, the way GitHub Enterprise Server
// lays them out, which also exercises the configurable API and web URLs.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname } from 'node:path'
import { runGit, runGitText } from '../../../server/export/git/run-git'
import type { ApiContext, ApiReply } from './api-context'
import { commitFiles } from './commit-files'
import { emulatorRoutes, matchRoute } from './emulator-routes'
import { repoKey, type EmulatedRepo, type EmulatedUser, type EmulatorState, type InjectedFailure, type LoggedRequest } from './emulator-state'
import { GitHubApiError } from './github-api-error'
import { authorizeOAuthApp, exchangeOAuthCode, type WebReply } from './handle-oauth'
import { handleControlRequest, type ControlReply } from './handle-control'
import { closePull, mergeOpenPull, refreshPull } from './handle-pulls'
import { bareRepoPath } from './handle-repos'
import { injectedFailureError, takeInjectedFailure } from './take-injected-failure'

export interface EmulatedPullSnapshot {
  number: number
  state: 'open' | 'closed' | 'merged'
  title: string
  body: string | null
  headOwner: string
  headRepo: string
  headRef: string
  baseRef: string
  headSha: string
  author: string
  mergeCommitSha: string | null
}

export interface GitHubEmulator {
  /** API base URL, as GitHub Enterprise Server has it: `<webUrl>/api/v3`. */
  url: string
  webUrl: string
  oauth: { clientId: string; clientSecret: string }
  /** Every API request answered so far, oldest first. */
  requests: readonly LoggedRequest[]
  close(): Promise<void>
  addUser(user: { login: string; name: string; email: string; token?: string; scopes?: string[] }): EmulatedUser
  /** A fresh token for a user, as signing in again gives. */
  issueToken(login: string, scopes?: string[]): string
  /** The token answers 401 "Bad credentials" from now on. */
  revokeToken(token: string): void
  addRepo(repo: {
    owner: string
    name: string
    private?: boolean
    defaultBranch?: string
    /** Logins with push rights besides the owner. */
    collaborators?: string[]
    /** First commit on the default branch; a README by default. */
    files?: Record<string, string | Uint8Array>
  }): Promise<void>
  repoPath(owner: string, name: string): string
  pulls(owner: string, name: string): EmulatedPullSnapshot[]
  injectFailure(failure: InjectedFailure): void
  clearFailures(): void
  /** Ref writes to matching branches answer 422 "Protected branch update failed…". */
  protectBranch(owner: string, name: string, pattern: string): void
  /** A push behind the app's back, e.g. someone editing the minutes file on the base branch. */
  commitToBranch(
    owner: string,
    name: string,
    branch: string,
    files: Record<string, string | Uint8Array | null>,
    message?: string,
  ): Promise<string>
  deleteBranch(owner: string, name: string, branch: string): Promise<void>
  mergePull(owner: string, name: string, number: number, options?: { deleteBranch?: boolean }): Promise<string>
  closePull(owner: string, name: string, number: number): void
  /** Who approves the OAuth consent page when the request does not say; 'deny' cancels it. */
  setOAuthApprover(login: string | null): void
  /** How many git reads a new fork answers 409 "Git Repository is empty." before it is ready. */
  setForkDelay(reads: number): void
}

const apiPrefix = '/api/v3'
const controlPrefix = '/_emulator/'

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, reply: { status: number; headers?: Record<string, string>; body?: string }): void {
  response.writeHead(reply.status, reply.headers)
  response.end(reply.body ?? '')
}

export interface GitHubEmulatorOptions {
  /** Where the bare repositories are made; the caller removes it. */
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  clientId?: string
  clientSecret?: string
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions): Promise<GitHubEmulator> {
  await mkdir(options.dataDir, { recursive: true })
  const state: EmulatorState = {
    dataDir: options.dataDir,
    webUrl: '',
    apiUrl: '',
    users: new Map(),
    tokens: new Map(),
    repos: new Map(),
    pulls: [],
    failures: [],
    oauth: {
      clientId: options.clientId ?? 'Iv1.emulatorclient',
      clientSecret: options.clientSecret ?? 'emulator-client-secret',
      codes: new Map(),
      approver: null,
    },
    ownerIds: new Map(),
    forkPendingReads: 0,
    nextId: 1000,
    requests: [],
  }
  let anonymousRemaining = 60

  function authenticate(request: IncomingMessage): Pick<ApiContext, 'viewer' | 'token'> {
    const header = request.headers.authorization
    if (!header) return { viewer: null, token: null }
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header)
    const token = match ? state.tokens.get(match[1] ?? '') : undefined
    if (!token || token.revoked) throw new GitHubApiError(401, 'Bad credentials', { documentationUrl: 'https://docs.github.com/rest' })
    const viewer = state.users.get(token.login.toLowerCase())
    if (!viewer) throw new GitHubApiError(401, 'Bad credentials', { documentationUrl: 'https://docs.github.com/rest' })
    return { viewer, token }
  }

  function rateHeaders(context: Pick<ApiContext, 'token'>): Record<string, string> {
    const now = Math.floor(Date.now() / 1000)
    const token = context.token
    if (token && token.resetAt <= now) Object.assign(token, { remaining: 5000, resetAt: now + 3600 })
    const limit = token ? 5000 : 60
    const remaining = token ? token.remaining : anonymousRemaining
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, remaining)),
      'x-ratelimit-reset': String(token?.resetAt ?? now + 3600),
      'x-ratelimit-used': String(limit - Math.max(0, remaining)),
      'x-ratelimit-resource': 'core',
      ...(token ? { 'x-oauth-scopes': token.scopes.join(', '), 'x-accepted-oauth-scopes': '' } : {}),
    }
  }

  function apiReply(reply: ApiReply, headers: Record<string, string>): { status: number; headers: Record<string, string>; body?: string } {
    const base = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      ...headers,
      ...reply.headers,
    }
    if (reply.status === 204) return { status: 204, headers: base }
    return { status: reply.status, headers: { 'content-type': 'application/json; charset=utf-8', ...base }, body: JSON.stringify(reply.body) }
  }

  function errorReply(error: GitHubApiError, docs: string): ApiReply {
    const body: Record<string, unknown> = { message: error.message }
    if (error.extra.errors) body.errors = error.extra.errors
    body.documentation_url = error.extra.documentationUrl ?? docs
    body.status = String(error.status)
    return { status: error.status, body, headers: error.extra.headers }
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? 'GET'
    const path = url.pathname.slice(apiPrefix.length) || '/'
    const raw = await readBody(request)
    const log: LoggedRequest = { method, path, status: 0 }
    state.requests.push(log)
    let body: Record<string, unknown> = {}
    let identity: Pick<ApiContext, 'viewer' | 'token'> = { viewer: null, token: null }
    let headers: Record<string, string> = {}
    const segments = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s))
    const route = emulatorRoutes.find((r) => r.method === method && matchRoute(r.pattern, segments) !== null)
    const docs = route?.docs ?? 'https://docs.github.com/rest'
    let reply: ApiReply
    let loseAnswer = false
    try {
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
        } catch {
          throw new GitHubApiError(400, 'Problems parsing JSON')
        }
      }
      const failure = takeInjectedFailure(state, method, path)
      if (failure?.kind === 'network') {
        if (failure.afterHandling) loseAnswer = true
        else {
          log.status = -1
          request.socket.destroy()
          return
        }
      } else if (failure) throw injectedFailureError(failure, path, body)
      identity = authenticate(request)
      if (identity.token) identity.token.remaining--
      else anonymousRemaining--
      headers = rateHeaders(identity)
      if ((identity.token?.remaining ?? anonymousRemaining) < 0) {
        throw new GitHubApiError(403, 'API rate limit exceeded.', { headers: { 'x-ratelimit-remaining': '0' } })
      }
      if (!route) throw new GitHubApiError(404, 'Not Found')
      const params = matchRoute(route.pattern, segments) ?? {}
      reply = await route.handler({ state, request, method, path, params, query: url.searchParams, body, ...identity })
    } catch (error) {
      if (!(error instanceof GitHubApiError)) console.error('[github-emulator]', method, path, error)
      reply = errorReply(error instanceof GitHubApiError ? error : new GitHubApiError(500, 'Server Error'), docs)
    }
    log.status = reply.status
    if (loseAnswer) {
      request.socket.destroy()
      return
    }
    send(response, apiReply(reply, headers))
  }

  async function handleWeb(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const raw = (await readBody(request)).toString('utf8')
    let reply: WebReply
    if (url.pathname.startsWith(controlPrefix)) {
      const control = await handleControlRequest(emulator, request.method ?? 'GET', url.pathname.slice(controlPrefix.length), raw).catch(
        (error: unknown): ControlReply => ({ status: 400, body: { message: error instanceof Error ? error.message : String(error) } }),
      )
      reply = { status: control.status, headers: { 'content-type': 'application/json' }, body: control.status === 204 ? '' : JSON.stringify(control.body) }
    } else if (request.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      reply = authorizeOAuthApp(state, url.searchParams)
    } else if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const params = new URLSearchParams(url.searchParams)
      const isJson = (request.headers['content-type'] ?? '').includes('json')
      const fields = isJson && raw ? Object.entries(JSON.parse(raw) as Record<string, unknown>) : [...new URLSearchParams(raw)]
      for (const [k, v] of fields) params.set(k, String(v))
      reply = exchangeOAuthCode(state, params, request.headers.accept ?? '')
    } else {
      const pull = /^\/([^/]+)\/([^/]+)\/pull\/(\d+)$/.exec(url.pathname)
      const found = pull && state.pulls.find((p) => p.base === state.repos.get(repoKey(pull[1] ?? '', pull[2] ?? '')) && p.number === Number(pull[3]))
      reply = found
        ? { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><title>${found.title}</title><h1>${found.title}</h1>` }
        : { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: 'Not Found' }
    }
    send(response, reply)
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', state.webUrl || 'http://127.0.0.1')
    const handle = url.pathname === apiPrefix || url.pathname.startsWith(`${apiPrefix}/`) ? handleApi : handleWeb
    handle(request, response, url).catch((error: unknown) => {
      console.error('[github-emulator]', error)
      if (!response.headersSent) send(response, { status: 500, body: 'emulator failure' })
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  state.webUrl = `http://127.0.0.1:${port}`
  state.apiUrl = `${state.webUrl}${apiPrefix}`

  function repoOf(owner: string, name: string): EmulatedRepo {
    const repo = state.repos.get(repoKey(owner, name))
    if (!repo) throw new Error(`no emulated repository ${owner}/${name}`)
    return repo
  }
  function pullOf(owner: string, name: string, number: number) {
    const repo = repoOf(owner, name)
    const pull = state.pulls.find((p) => p.base === repo && p.number === number)
    if (!pull) throw new Error(`no pull request #${number} in ${owner}/${name}`)
    return pull
  }
  function issueToken(login: string, scopes = ['repo', 'read:user', 'user:email'], token = `gho_${randomBytes(18).toString('hex')}`): string {
    state.tokens.set(token, { token, login, scopes, revoked: false, remaining: 5000, resetAt: Math.floor(Date.now() / 1000) + 3600 })
    return token
  }

  const emulator: GitHubEmulator = {
    url: state.apiUrl,
    webUrl: state.webUrl,
    oauth: { clientId: state.oauth.clientId, clientSecret: state.oauth.clientSecret },
    requests: state.requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
    addUser(user) {
      const added: EmulatedUser = { id: state.nextId++, login: user.login, name: user.name, email: user.email }
      state.users.set(user.login.toLowerCase(), added)
      if (user.token) issueToken(user.login, user.scopes, user.token)
      return added
    },
    issueToken: (login, scopes) => issueToken(login, scopes),
    revokeToken(token) {
      const found = state.tokens.get(token)
      if (found) found.revoked = true
    },
    async addRepo(spec) {
      const path = bareRepoPath(state, spec.owner, spec.name)
      const defaultBranch = spec.defaultBranch ?? 'main'
      await mkdir(dirname(path), { recursive: true })
      await runGit(dirname(path), ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, path])
      await commitFiles(path, { branch: defaultBranch, files: spec.files ?? { 'README.md': `# ${spec.name}\n` }, message: 'Initial commit\n' })
      state.repos.set(repoKey(spec.owner, spec.name), {
        id: state.nextId++,
        owner: spec.owner,
        name: spec.name,
        private: spec.private ?? false,
        defaultBranch,
        collaborators: new Set((spec.collaborators ?? []).map((c) => c.toLowerCase())),
        path,
        lastNumber: 0,
        pendingReads: 0,
        protectedBranches: [],
        createdAt: new Date().toISOString(),
      })
    },
    repoPath: (owner, name) => repoOf(owner, name).path,
    pulls(owner, name) {
      const repo = repoOf(owner, name)
      return state.pulls
        .filter((p) => p.base === repo)
        .map((p) => ({
          number: p.number,
          state: p.merged ? 'merged' : p.state,
          title: p.title,
          body: p.body,
          headOwner: p.head.owner,
          headRepo: `${p.head.owner}/${p.head.name}`,
          headRef: p.headRef,
          baseRef: p.baseRef,
          headSha: p.headSha,
          author: p.author,
          mergeCommitSha: p.mergeCommitSha,
        }))
    },
    injectFailure(failure) {
      state.failures.push({ ...failure, left: failure.times ?? 1 })
    },
    clearFailures() {
      state.failures.length = 0
    },
    protectBranch(owner, name, pattern) {
      repoOf(owner, name).protectedBranches.push(pattern)
    },
    commitToBranch: (owner, name, branch, files, message = 'Edit on GitHub\n') =>
      commitFiles(repoOf(owner, name).path, { branch, files, message, author: { name: 'Somebody Else', email: 'somebody@example.com' } }),
    async deleteBranch(owner, name, branch) {
      await runGitText(repoOf(owner, name).path, ['update-ref', '-d', `refs/heads/${branch}`])
    },
    async mergePull(owner, name, number, mergeOptions) {
      const pull = pullOf(owner, name, number)
      await refreshPull(pull)
      const sha = await mergeOpenPull(state, pull, owner)
      if (mergeOptions?.deleteBranch) await runGitText(pull.head.path, ['update-ref', '-d', `refs/heads/${pull.headRef}`])
      return sha
    },
    closePull(owner, name, number) {
      closePull(pullOf(owner, name, number))
    },
    setOAuthApprover(login) {
      state.oauth.approver = login
    },
    setForkDelay(reads) {
      state.forkPendingReads = reads
    },
  }
  return emulator
}
