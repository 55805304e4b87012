import { Octokit } from '@octokit/rest'
import { ExportFailedError, RepoNotFoundError } from '../export-errors'
import type { ExportTransport, PullRequestSummary, RepositoryRef } from '../export-transport'
import { mapOctokitError, type OctokitErrorContext } from './map-octokit-error'

export interface GitHubTransportOptions {
  /** The signed-in user's OAuth token: commits and pull requests are theirs. */
  token: string
  /** https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  apiUrl?: string
  /** Each request is abandoned after this long and reported as a network error. */
  requestTimeoutMs?: number
  /** How long to wait for a new fork to take commits: GitHub makes forks in the background. */
  forkWait?: { attempts: number; intervalMs: number }
  userAgent?: string
}

type PullFromGitHub = {
  number: number
  html_url: string
  state: string
  merged_at: string | null
  head: { ref: string; user: { login: string } | null; repo: { owner: { login: string } } | null }
  base: { ref: string }
}

function summarisePull(pull: PullFromGitHub): PullRequestSummary {
  return {
    number: pull.number,
    url: pull.html_url,
    state: pull.merged_at ? 'merged' : pull.state === 'open' ? 'open' : 'closed',
    headOwner: pull.head.repo?.owner.login ?? pull.head.user?.login ?? '',
    branch: pull.head.ref,
    base: pull.base.ref,
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The export transport for github.com and GitHub Enterprise Server, through Octokit. */
export function createGitHubTransport(options: GitHubTransportOptions): ExportTransport {
  const timeoutMs = options.requestTimeoutMs ?? 30_000
  const forkWait = options.forkWait ?? { attempts: 30, intervalMs: 2_000 }
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'live-minutes',
    // Failures are mapped to typed errors and reported by the caller; Octokit's
    // own error log would print every expected 404 (a branch not made yet).
    log: { debug: () => {}, info: () => {}, warn: console.warn, error: () => {} },
  })
  octokit.hook.before('request', (request) => {
    request.request = { ...request.request, signal: AbortSignal.timeout(timeoutMs) }
  })

  const fullName = (repo: RepositoryRef) => `${repo.owner}/${repo.name}`
  async function call<T>(context: OctokitErrorContext, task: () => Promise<T>): Promise<T> {
    try {
      return await task()
    } catch (error) {
      throw mapOctokitError(error, context)
    }
  }
  /** Null for a 404, so "not there yet" is an answer rather than an error. */
  async function callOrNull<T>(context: OctokitErrorContext, task: () => Promise<T>): Promise<T | null> {
    try {
      return await task()
    } catch (error) {
      if ((error as { status?: unknown; response?: unknown }).status === 404 && (error as { response?: unknown }).response) return null
      throw mapOctokitError(error, context)
    }
  }

  const transport: ExportTransport = {
    async getRepository(repo) {
      const { data } = await call({ fullName: fullName(repo), notFound: () => new RepoNotFoundError(fullName(repo)) }, () =>
        octokit.rest.repos.get({ owner: repo.owner, repo: repo.name }),
      )
      return { fullName: data.full_name, canPush: data.permissions?.push ?? false, defaultBranch: data.default_branch }
    },

    async getBranchHead(repo, branch) {
      const ref = await callOrNull({ fullName: fullName(repo) }, () =>
        octokit.rest.git.getRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}` }),
      )
      return ref?.data.object.sha ?? null
    },

    async readFile(repo, commitSha, path) {
      const found = await callOrNull({ fullName: fullName(repo) }, () =>
        octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.name, path, ref: commitSha }),
      )
      if (found === null) return null
      const content = found.data
      if (Array.isArray(content) || content.type !== 'file') {
        throw new ExportFailedError(`${path} in ${fullName(repo)} is not a file`)
      }
      if ('encoding' in content && content.encoding === 'base64' && content.content) return Buffer.from(content.content, 'base64')
      // Files over 1 MB come without content; the blob endpoint serves them.
      const blob = await call({ fullName: fullName(repo) }, () =>
        octokit.rest.git.getBlob({ owner: repo.owner, repo: repo.name, file_sha: content.sha }),
      )
      return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8')
    },

    async forkRepository(repo) {
      const { data } = await call({ fullName: fullName(repo), notFound: () => new RepoNotFoundError(fullName(repo)) }, () =>
        octokit.rest.repos.createFork({ owner: repo.owner, repo: repo.name, default_branch_only: true }),
      )
      const fork = { owner: data.owner.login, name: data.name }
      // A fork is usable once its default branch can be read: until then GitHub
      // answers 404 or 409 "Git Repository is empty" while it copies.
      for (let attempt = 0; attempt < forkWait.attempts; attempt++) {
        try {
          await octokit.rest.git.getRef({ owner: fork.owner, repo: fork.name, ref: `heads/${data.default_branch}` })
          return fork
        } catch (error) {
          const status = (error as { status?: unknown }).status
          const answered = Boolean((error as { response?: unknown }).response)
          if (!answered || (status !== 404 && status !== 409)) throw mapOctokitError(error, { fullName: fullName(fork) })
        }
        await sleep(forkWait.intervalMs)
      }
      throw new ExportFailedError(`GitHub did not finish making the fork ${fullName(fork)} in time — try again in a minute`)
    },

    async writeCommit(repo, request) {
      const context = { fullName: fullName(repo) }
      const owner = repo.owner
      const name = repo.name
      const parent = await call(context, () => octokit.rest.git.getCommit({ owner, repo: name, commit_sha: request.parentSha }))
      const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = []
      for (const file of request.files) {
        const blob = await call(context, () =>
          octokit.rest.git.createBlob({ owner, repo: name, content: Buffer.from(file.bytes).toString('base64'), encoding: 'base64' }),
        )
        tree.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha })
      }
      const newTree = await call(context, () => octokit.rest.git.createTree({ owner, repo: name, base_tree: parent.data.tree.sha, tree }))
      if (newTree.data.sha === parent.data.tree.sha) return null
      const commit = await call(context, () =>
        octokit.rest.git.createCommit({
          owner,
          repo: name,
          message: request.message,
          tree: newTree.data.sha,
          parents: [request.parentSha],
          author: { name: request.author.name, email: request.author.email, date: new Date().toISOString() },
        }),
      )
      return commit.data.sha
    },

    async createBranch(repo, branch, sha) {
      await call({ fullName: fullName(repo), branch }, () =>
        octokit.rest.git.createRef({ owner: repo.owner, repo: repo.name, ref: `refs/heads/${branch}`, sha }),
      )
    },

    async updateBranch(repo, branch, _fromSha, toSha) {
      // force: false makes GitHub refuse anything but a fast-forward, which is the
      // compare-and-swap that keeps a concurrent push from being overwritten.
      await call({ fullName: fullName(repo), branch }, () =>
        octokit.rest.git.updateRef({ owner: repo.owner, repo: repo.name, ref: `heads/${branch}`, sha: toSha, force: false }),
      )
    },

    async listChangedFiles(repo, compare) {
      const { data } = await call({ fullName: fullName(repo) }, () =>
        octokit.rest.repos.compareCommitsWithBasehead({
          owner: repo.owner,
          repo: repo.name,
          basehead: `${compare.base}...${compare.headOwner}:${compare.branch}`,
          per_page: 100,
        }),
      )
      return (data.files ?? []).map((f) => f.filename)
    },

    async listPullRequests(repo, head) {
      const pulls = await call({ fullName: fullName(repo) }, () =>
        octokit.paginate(octokit.rest.pulls.list, {
          owner: repo.owner,
          repo: repo.name,
          state: 'all',
          head: `${head.headOwner}:${head.branch}`,
          per_page: 100,
        }),
      )
      return pulls.map(summarisePull)
    },

    async createPullRequest(repo, request) {
      const sameRepo = request.headOwner.toLowerCase() === repo.owner.toLowerCase()
      try {
        const { data } = await octokit.rest.pulls.create({
          owner: repo.owner,
          repo: repo.name,
          head: sameRepo ? request.branch : `${request.headOwner}:${request.branch}`,
          base: request.base,
          title: request.title,
          body: request.body,
        })
        return summarisePull(data)
      } catch (error) {
        // Opened by an earlier attempt whose answer was lost: that one is ours.
        if ((error as { status?: unknown }).status === 422) {
          const open = (await transport.listPullRequests(repo, request)).find((p) => p.state === 'open' && p.base === request.base)
          if (open) return open
        }
        throw mapOctokitError(error, { fullName: fullName(repo), branch: request.branch })
      }
    },
  }
  return transport
}
