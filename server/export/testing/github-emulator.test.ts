// The emulator's own tests. They live here, not beside the emulator, because
// Playwright collects every *.test.ts under e2e/ (playwright.config.ts has no
// testIgnore for e2e/support) and cannot load a vitest file.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runGitText } from '../git/run-git'
import { startGitHubEmulator, type GitHubEmulator } from '../../../e2e/support/github-emulator/start-github-emulator'

let dataDir: string
let gh: GitHubEmulator
const monaToken = 'gho_mona_token'
const hubotToken = 'gho_hubot_token'

function octokit(token: string | undefined = monaToken) {
  return new Octokit({ auth: token, baseUrl: gh.url, log: { debug() {}, info() {}, warn() {}, error() {} } })
}
const git = (dir: string, ...args: string[]) => runGitText(dir, args)

async function failureOf(promise: Promise<unknown>): Promise<{ status: number; data: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await promise
  } catch (error) {
    const e = error as { status: number; response?: { data: Record<string, unknown>; headers: Record<string, string> } }
    return { status: e.status, data: e.response?.data ?? {}, headers: e.response?.headers ?? {} }
  }
  throw new Error('expected the request to fail')
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gh-emulator-test-'))
  gh = await startGitHubEmulator({ dataDir })
  gh.addUser({ login: 'mona', name: 'Mona Lisa', email: 'mona@example.com', token: monaToken })
  gh.addUser({ login: 'hubot', name: 'Hubot', email: 'hubot@example.com', token: hubotToken })
  await gh.addRepo({ owner: 'acme', name: 'minutes', collaborators: ['mona'], files: { 'README.md': '# Minutes\n', 'iaas/20240717.md': '# Last week\n' } })
  await gh.addRepo({ owner: 'acme', name: 'secret', private: true, collaborators: ['mona'] })
})
afterAll(async () => {
  await gh.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('OAuth web flow', () => {
  it('redirects back with a code and the state, and trades the code for a working token', async () => {
    const authorize = new URL(`${gh.webUrl}/login/oauth/authorize`)
    authorize.search = new URLSearchParams({
      client_id: gh.oauth.clientId,
      redirect_uri: 'http://localhost:3000/api/auth/callback/github',
      scope: 'repo user:email',
      state: 'xyz',
      login: 'hubot',
    }).toString()
    const redirect = await fetch(authorize, { redirect: 'manual' })
    expect(redirect.status).toBe(302)
    const back = new URL(redirect.headers.get('location') ?? '')
    expect(back.origin + back.pathname).toBe('http://localhost:3000/api/auth/callback/github')
    expect(back.searchParams.get('state')).toBe('xyz')
    const code = back.searchParams.get('code') ?? ''
    expect(code).not.toBe('')

    const exchange = await fetch(`${gh.webUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: gh.oauth.clientId, client_secret: gh.oauth.clientSecret, code }),
    })
    const token = (await exchange.json()) as { access_token: string; token_type: string; scope: string }
    expect(token.token_type).toBe('bearer')
    expect(token.scope).toBe('repo,user:email')

    const user = await octokit(token.access_token).rest.users.getAuthenticated()
    expect(user.data.login).toBe('hubot')
    expect(user.headers['x-oauth-scopes']).toBe('repo, user:email')
    const emails = await octokit(token.access_token).rest.users.listEmailsForAuthenticatedUser()
    expect(emails.data[0]).toMatchObject({ email: 'hubot@example.com', primary: true, verified: true })

    // A code is good once; the error is a 200 with an error field, form-encoded without Accept: json.
    const again = await fetch(`${gh.webUrl}/login/oauth/access_token`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: gh.oauth.clientId, client_secret: gh.oauth.clientSecret, code }),
    })
    expect(again.status).toBe(200)
    expect(new URLSearchParams(await again.text()).get('error')).toBe('bad_verification_code')
  })

  it('answers a denied consent with access_denied and rejects wrong client credentials', async () => {
    gh.setOAuthApprover('deny')
    const denied = await fetch(
      `${gh.webUrl}/login/oauth/authorize?client_id=${gh.oauth.clientId}&redirect_uri=${encodeURIComponent('http://app/cb')}&state=s1`,
      { redirect: 'manual' },
    )
    gh.setOAuthApprover(null)
    const back = new URL(denied.headers.get('location') ?? '')
    expect(back.searchParams.get('error')).toBe('access_denied')
    expect(back.searchParams.get('state')).toBe('s1')

    const wrong = await fetch(`${gh.webUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: gh.oauth.clientId, client_secret: 'nope', code: 'x' }),
    })
    expect(((await wrong.json()) as { error: string }).error).toBe('incorrect_client_credentials')
  })
})

describe('REST basics', () => {
  it('answers an unknown or revoked token with 401 Bad credentials in GitHub’s error shape', async () => {
    const unknown = await failureOf(octokit('gho_nobody').rest.users.getAuthenticated())
    expect(unknown.status).toBe(401)
    expect(unknown.data).toMatchObject({ message: 'Bad credentials', documentation_url: expect.stringContaining('docs.github.com') })

    const token = gh.issueToken('hubot')
    await octokit(token).rest.users.getAuthenticated()
    gh.revokeToken(token)
    expect((await failureOf(octokit(token).rest.users.getAuthenticated())).status).toBe(401)
  })

  it('reports push permission, hides private repositories from outsiders, and sends rate-limit headers', async () => {
    const asMona = await octokit(monaToken).rest.repos.get({ owner: 'acme', repo: 'minutes' })
    expect(asMona.data.permissions?.push).toBe(true)
    expect(asMona.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(asMona.headers['x-ratelimit-remaining'])).toBeLessThan(5000)
    const asHubot = await octokit(hubotToken).rest.repos.get({ owner: 'acme', repo: 'minutes' })
    expect(asHubot.data.permissions?.push).toBe(false)
    expect((await failureOf(octokit(hubotToken).rest.repos.get({ owner: 'acme', repo: 'secret' }))).status).toBe(404)
    expect((await octokit(monaToken).rest.repos.get({ owner: 'acme', repo: 'secret' })).data.private).toBe(true)
  })

  it('refuses writes without push rights with 403', async () => {
    const refused = await failureOf(octokit(hubotToken).rest.git.createBlob({ owner: 'acme', repo: 'minutes', content: 'x' }))
    expect(refused.status).toBe(403)
  })
})

describe('Git Data API on a real bare repository', () => {
  it('writes blobs, a nested tree on a base tree, a commit with its author, and a branch git can read', async () => {
    const api = octokit()
    const o = { owner: 'acme', repo: 'minutes' }
    const base = await api.rest.git.getRef({ ...o, ref: 'heads/main' })
    const baseCommit = await api.rest.git.getCommit({ ...o, commit_sha: base.data.object.sha })
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])
    const text = await api.rest.git.createBlob({ ...o, content: '# IaaS\n\nÄrger über Umlaute.\n', encoding: 'utf-8' })
    const image = await api.rest.git.createBlob({ ...o, content: png.toString('base64'), encoding: 'base64' })
    expect(text.status).toBe(201)
    const tree = await api.rest.git.createTree({
      ...o,
      base_tree: baseCommit.data.tree.sha,
      tree: [
        { path: 'iaas/20240724.md', mode: '100644', type: 'blob', sha: text.data.sha },
        { path: 'iaas/0f8fad5b-d9cb-469f-a165-70867728950e.png', mode: '100644', type: 'blob', sha: image.data.sha },
      ],
    })
    const commit = await api.rest.git.createCommit({
      ...o,
      message: 'Minutes of 2024-07-24\n\nSigned-off-by: Mona Lisa <mona@example.com>\n',
      tree: tree.data.sha,
      parents: [base.data.object.sha],
      author: { name: 'Mona Lisa', email: 'mona@example.com', date: '2024-07-24T12:00:00Z' },
    })
    expect(commit.data.author).toEqual({ name: 'Mona Lisa', email: 'mona@example.com', date: '2024-07-24T12:00:00Z' })
    expect(commit.data.parents.map((p) => p.sha)).toEqual([base.data.object.sha])
    const ref = await api.rest.git.createRef({ ...o, ref: 'refs/heads/minutes/iaas-20240724', sha: commit.data.sha })
    expect(ref.status).toBe(201)

    const dir = gh.repoPath('acme', 'minutes')
    expect(await git(dir, 'show', 'minutes/iaas-20240724:iaas/20240724.md')).toBe('# IaaS\n\nÄrger über Umlaute.')
    expect(await git(dir, 'show', 'minutes/iaas-20240724:iaas/20240717.md')).toBe('# Last week')
    expect(await git(dir, 'log', '-1', '--format=%an <%ae>%n%B', 'minutes/iaas-20240724')).toBe(
      'Mona Lisa <mona@example.com>\nMinutes of 2024-07-24\n\nSigned-off-by: Mona Lisa <mona@example.com>',
    )
    const stored = await api.rest.repos.getContent({ ...o, path: 'iaas/0f8fad5b-d9cb-469f-a165-70867728950e.png', ref: 'minutes/iaas-20240724' })
    expect(Array.isArray(stored.data) ? null : 'content' in stored.data ? Buffer.from(stored.data.content, 'base64') : null).toEqual(png)

    // A branch name with a slash comes back through the path, encoded or not.
    expect((await api.rest.git.getRef({ ...o, ref: 'heads/minutes/iaas-20240724' })).data.object.sha).toBe(commit.data.sha)
    expect((await api.rest.repos.getBranch({ ...o, branch: 'minutes/iaas-20240724' })).data.commit.sha).toBe(commit.data.sha)

    const exists = await failureOf(api.rest.git.createRef({ ...o, ref: 'refs/heads/minutes/iaas-20240724', sha: commit.data.sha }))
    expect([exists.status, exists.data.message]).toEqual([422, 'Reference already exists'])
    const backwards = await failureOf(api.rest.git.updateRef({ ...o, ref: 'heads/minutes/iaas-20240724', sha: base.data.object.sha }))
    expect([backwards.status, backwards.data.message]).toEqual([422, 'Update is not a fast forward'])
    const missing = await failureOf(api.rest.repos.getContent({ ...o, path: 'iaas/nothing.md' }))
    expect(missing.status).toBe(404)
    expect((await failureOf(api.rest.repos.getBranch({ ...o, branch: 'nope' }))).data.message).toBe('Branch not found')
  })

  it('refuses ref writes to a protected branch pattern with GitHub’s message', async () => {
    await gh.addRepo({ owner: 'acme', name: 'guarded', collaborators: ['mona'] })
    gh.protectBranch('acme', 'guarded', 'minutes/**')
    const api = octokit()
    const head = await api.rest.git.getRef({ owner: 'acme', repo: 'guarded', ref: 'heads/main' })
    const refused = await failureOf(api.rest.git.createRef({ owner: 'acme', repo: 'guarded', ref: 'refs/heads/minutes/x', sha: head.data.object.sha }))
    expect(refused.status).toBe(422)
    expect(refused.data.message).toBe('Protected branch update failed for refs/heads/minutes/x.')
  })
})

describe('pull requests and forks', () => {
  it('opens, lists, refuses duplicates, and merges into the base branch with a merge commit', async () => {
    const api = octokit()
    const o = { owner: 'acme', repo: 'minutes' }
    const pr = await api.rest.pulls.create({ ...o, head: 'minutes/iaas-20240724', base: 'main', title: 'Minutes 2024-07-24', body: 'Notes' })
    expect(pr.status).toBe(201)
    expect(pr.data).toMatchObject({ state: 'open', html_url: `${gh.webUrl}/acme/minutes/pull/${pr.data.number}`, head: { ref: 'minutes/iaas-20240724', label: 'acme:minutes/iaas-20240724' } })
    const duplicate = await failureOf(api.rest.pulls.create({ ...o, head: 'minutes/iaas-20240724', base: 'main', title: 'again' }))
    expect(duplicate.status).toBe(422)
    expect(JSON.stringify(duplicate.data.errors)).toContain('A pull request already exists for acme:minutes/iaas-20240724.')
    const listed = await api.rest.pulls.list({ ...o, state: 'all', head: 'acme:minutes/iaas-20240724' })
    expect(listed.data.map((p) => p.number)).toEqual([pr.data.number])
    expect((await api.rest.pulls.list({ ...o, head: 'acme:other' })).data).toEqual([])

    const merge = await gh.mergePull('acme', 'minutes', pr.data.number)
    const dir = gh.repoPath('acme', 'minutes')
    expect(await git(dir, 'rev-parse', 'main')).toBe(merge)
    expect(await git(dir, 'show', 'main:iaas/20240724.md')).toContain('# IaaS')
    const merged = await api.rest.pulls.get({ ...o, pull_number: pr.data.number })
    expect(merged.data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merge })
    expect(gh.pulls('acme', 'minutes')[0]?.state).toBe('merged')
  })

  it('compares a branch with its base as a three-dot diff', async () => {
    const api = octokit()
    const compare = await api.rest.repos.compareCommitsWithBasehead({ owner: 'acme', repo: 'minutes', basehead: 'main...minutes/iaas-20240724' })
    // The branch was merged above, so main already holds its commit: nothing is ahead.
    expect(compare.data).toMatchObject({ status: 'behind', ahead_by: 0, files: [] })
    await gh.commitToBranch('acme', 'minutes', 'minutes/iaas-20240724', { 'iaas/later.md': 'later\n' })
    const ahead = await api.rest.repos.compareCommitsWithBasehead({ owner: 'acme', repo: 'minutes', basehead: 'main...acme:minutes/iaas-20240724' })
    expect(ahead.data.ahead_by).toBe(1)
    expect(ahead.data.files?.map((f) => [f.filename, f.status])).toEqual([['iaas/later.md', 'added']])
  })

  it('says there are no commits between identical branches', async () => {
    const api = octokit()
    const main = await api.rest.git.getRef({ owner: 'acme', repo: 'minutes', ref: 'heads/main' })
    await api.rest.git.createRef({ owner: 'acme', repo: 'minutes', ref: 'refs/heads/same', sha: main.data.object.sha })
    const none = await failureOf(api.rest.pulls.create({ owner: 'acme', repo: 'minutes', head: 'same', base: 'main', title: 't' }))
    expect(JSON.stringify(none.data.errors)).toContain('No commits between main and same')
  })

  it('forks into a real bare repository sharing objects, reuses it, and takes a pull request from user:branch', async () => {
    const api = octokit(hubotToken)
    const fork = await api.rest.repos.createFork({ owner: 'acme', repo: 'minutes', default_branch_only: true })
    expect(fork.status).toBe(202)
    expect(fork.data).toMatchObject({ full_name: 'hubot/minutes', fork: true, parent: { full_name: 'acme/minutes' }, permissions: { push: true } })
    const again = await api.rest.repos.createFork({ owner: 'acme', repo: 'minutes' })
    expect(again.data.id).toBe(fork.data.id)
    const forkDir = gh.repoPath('hubot', 'minutes')
    expect(await readFile(join(forkDir, 'objects/info/alternates'), 'utf8')).toContain(gh.repoPath('acme', 'minutes'))

    // Someone pushes to upstream after the fork was made; the fork still builds on it.
    const upstreamHead = await gh.commitToBranch('acme', 'minutes', 'main', { 'other.md': 'x\n' })
    const blob = await api.rest.git.createBlob({ owner: 'hubot', repo: 'minutes', content: 'from a fork\n' })
    const base = await api.rest.git.getCommit({ owner: 'hubot', repo: 'minutes', commit_sha: upstreamHead })
    const tree = await api.rest.git.createTree({ owner: 'hubot', repo: 'minutes', base_tree: base.data.tree.sha, tree: [{ path: 'iaas/f.md', mode: '100644', type: 'blob', sha: blob.data.sha }] })
    const commit = await api.rest.git.createCommit({ owner: 'hubot', repo: 'minutes', message: 'From a fork', tree: tree.data.sha, parents: [upstreamHead] })
    await api.rest.git.createRef({ owner: 'hubot', repo: 'minutes', ref: 'refs/heads/minutes/f', sha: commit.data.sha })
    const pr = await api.rest.pulls.create({ owner: 'acme', repo: 'minutes', head: 'hubot:minutes/f', base: 'main', title: 'From a fork' })
    expect(pr.data.head).toMatchObject({ label: 'hubot:minutes/f', repo: { full_name: 'hubot/minutes' } })
    await gh.mergePull('acme', 'minutes', pr.data.number)
    expect(await git(gh.repoPath('acme', 'minutes'), 'show', 'main:iaas/f.md')).toBe('from a fork')
  })

  it('keeps a new fork empty for the configured number of reads', async () => {
    gh.addUser({ login: 'late', name: 'Late', email: 'late@example.com', token: 'gho_late' })
    gh.setForkDelay(2)
    const api = octokit('gho_late')
    await api.rest.repos.createFork({ owner: 'acme', repo: 'minutes' })
    gh.setForkDelay(0)
    const first = await failureOf(api.rest.git.getRef({ owner: 'late', repo: 'minutes', ref: 'heads/main' }))
    expect([first.status, first.data.message]).toEqual([409, 'Git Repository is empty.'])
    await failureOf(api.rest.git.getRef({ owner: 'late', repo: 'minutes', ref: 'heads/main' }))
    expect((await api.rest.git.getRef({ owner: 'late', repo: 'minutes', ref: 'heads/main' })).status).toBe(200)
  })
})

describe('injected failures', () => {
  it('answers each kind the way GitHub does, the given number of times', async () => {
    const api = octokit()
    const o = { owner: 'acme', repo: 'minutes' }
    gh.injectFailure({ kind: 'bad-credentials' })
    expect((await failureOf(api.rest.repos.get(o))).status).toBe(401)
    expect((await api.rest.repos.get(o)).status).toBe(200)

    gh.injectFailure({ kind: 'not-found', path: '/repos/acme/minutes' })
    expect((await failureOf(api.rest.repos.get(o))).data.message).toBe('Not Found')

    gh.injectFailure({ kind: 'rate-limit', resetInSeconds: 30 })
    const limited = await failureOf(api.rest.repos.get(o))
    expect(limited.status).toBe(403)
    expect(limited.headers['x-ratelimit-remaining']).toBe('0')
    expect(Number(limited.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)

    gh.injectFailure({ kind: 'rate-limit', status: 429, secondary: true, resetInSeconds: 7 })
    const secondary = await failureOf(api.rest.repos.get(o))
    expect([secondary.status, secondary.headers['retry-after']]).toEqual([429, '7'])

    gh.injectFailure({ kind: 'server-error', method: 'GET', times: 2 })
    expect((await failureOf(api.rest.repos.get(o))).status).toBe(502)
    expect((await failureOf(api.rest.repos.get(o))).status).toBe(502)
    expect((await api.rest.repos.get(o)).status).toBe(200)

    gh.injectFailure({ kind: 'branch-protected', status: 403 })
    const head = await api.rest.git.getRef({ ...o, ref: 'heads/main' })
    const refused = await failureOf(api.rest.git.createRef({ ...o, ref: 'refs/heads/p', sha: head.data.object.sha }))
    expect([refused.status, refused.data.message]).toEqual([403, 'Protected branch update failed for refs/heads/p.'])

    gh.injectFailure({ kind: 'network', path: /\/pulls$/ })
    await expect(fetch(`${gh.url}/repos/acme/minutes/pulls`)).rejects.toThrow()
    expect((await fetch(`${gh.url}/repos/acme/minutes/pulls`)).status).toBe(200)
  })
})

describe('control routes for tests in another process', () => {
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${gh.webUrl}/_emulator/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })

  it('seeds, pushes behind the app’s back, injects failures and merges, as the in-process hooks do', async () => {
    expect((await control('POST', 'users', { login: 'remote', name: 'Remote', email: 'remote@example.com', token: 'gho_remote' })).status).toBe(201)
    expect((await control('POST', 'repos', { owner: 'remote', name: 'notes', files: { 'a.md': 'a\n' } })).status).toBe(201)
    const pushed = (await (await control('POST', 'repos/remote/notes/commits', { branch: 'main', files: { 'a.md': 'b\n' } })).json()) as { sha: string }
    expect(await git(gh.repoPath('remote', 'notes'), 'rev-parse', 'main')).toBe(pushed.sha)

    expect((await control('POST', 'failures', { kind: 'server-error', status: 503, pathPattern: '^/repos/remote/notes$' })).status).toBe(204)
    expect((await failureOf(octokit('gho_remote').rest.repos.get({ owner: 'remote', repo: 'notes' }))).status).toBe(503)

    const api = octokit('gho_remote')
    const main = await api.rest.git.getRef({ owner: 'remote', repo: 'notes', ref: 'heads/main' })
    const blob = await api.rest.git.createBlob({ owner: 'remote', repo: 'notes', content: 'c\n' })
    const base = await api.rest.git.getCommit({ owner: 'remote', repo: 'notes', commit_sha: main.data.object.sha })
    const tree = await api.rest.git.createTree({ owner: 'remote', repo: 'notes', base_tree: base.data.tree.sha, tree: [{ path: 'a.md', mode: '100644', type: 'blob', sha: blob.data.sha }] })
    const commit = await api.rest.git.createCommit({ owner: 'remote', repo: 'notes', message: 'c', tree: tree.data.sha, parents: [main.data.object.sha] })
    await api.rest.git.createRef({ owner: 'remote', repo: 'notes', ref: 'refs/heads/topic', sha: commit.data.sha })
    const pr = await api.rest.pulls.create({ owner: 'remote', repo: 'notes', head: 'topic', base: 'main', title: 'c' })
    expect((await control('POST', `repos/remote/notes/pulls/${pr.data.number}/merge`)).status).toBe(200)
    const pulls = (await (await control('GET', 'repos/remote/notes/pulls')).json()) as { state: string }[]
    expect(pulls.map((p) => p.state)).toEqual(['merged'])
    expect(await git(gh.repoPath('remote', 'notes'), 'show', 'main:a.md')).toBe('c')
    expect((await control('POST', 'nonsense')).status).toBe(404)
  })

  it('runs as a process of its own from a seed file', async () => {
    const { spawn } = await import('node:child_process')
    const { writeFile } = await import('node:fs/promises')
    const seedFile = join(dataDir, 'seed.json')
    await writeFile(seedFile, JSON.stringify({ users: [{ login: 'seeded', name: 'S', email: 's@example.com', token: 'gho_seeded' }], repos: [{ owner: 'seeded', name: 'r' }] }))
    const child = spawn('node_modules/.bin/tsx', ['e2e/support/github-emulator/serve-github-emulator.ts'], {
      env: { ...process.env, GITHUB_EMULATOR_PORT: '0', GITHUB_EMULATOR_DATA_DIR: join(dataDir, 'served'), GITHUB_EMULATOR_SEED: seedFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8')
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')))
        })
        child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)))
      })
      const served = JSON.parse(firstLine) as { url: string }
      const repo = await new Octokit({ auth: 'gho_seeded', baseUrl: served.url }).rest.repos.get({ owner: 'seeded', repo: 'r' })
      expect(repo.data.permissions?.push).toBe(true)
    } finally {
      child.kill('SIGTERM')
    }
  })
})
