import { isAncestor } from '../../../server/export/git/is-ancestor'
import { resolveCommit } from '../../../server/export/git/resolve-commit'
import type { ApiContext, ApiReply } from './api-context'
import type { EmulatedPull, EmulatedRepo, EmulatorState } from './emulator-state'
import { GitHubApiError, invalidRequest, validationFailed } from './github-api-error'
import { pullJson } from './github-json'
import { mergePull } from './merge-pull'
import { requireRepo } from './require-repo'

/** Follows the head branch, as GitHub updates a pull request on every push. */
export async function refreshPull(pull: EmulatedPull): Promise<void> {
  if (pull.state !== 'open') return
  const head = await resolveCommit(pull.head.path, `refs/heads/${pull.headRef}`)
  if (head !== null) pull.headSha = head
}

async function render(state: EmulatorState, pull: EmulatedPull, viewer: string | undefined, full: boolean) {
  await refreshPull(pull)
  const baseSha = (await resolveCommit(pull.base.path, `refs/heads/${pull.baseRef}`)) ?? ''
  return pullJson(state, pull, baseSha, viewer, full)
}

function findPull(context: ApiContext, repo: EmulatedRepo): EmulatedPull {
  const number = Number(context.params.number)
  const pull = context.state.pulls.find((p) => p.base === repo && p.number === number)
  if (!pull) throw new GitHubApiError(404, 'Not Found')
  return pull
}

/** GET /repos/{owner}/{repo}/pulls?state=&head=user:ref&base=&per_page=&page= */
export async function listPulls(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context)
  const { query, state } = context
  const wanted = query.get('state') ?? 'open'
  const head = query.get('head')
  const base = query.get('base')
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30)))
  const page = Math.max(1, Number(query.get('page') ?? 1))
  const matching = state.pulls
    .filter((p) => p.base === repo)
    .filter((p) => wanted === 'all' || p.state === wanted)
    .filter((p) => {
      if (!head) return true
      const [owner, ref] = head.includes(':') ? head.split(/:(.*)/s) : [repo.owner, head]
      return p.head.owner.toLowerCase() === (owner ?? '').toLowerCase() && p.headRef === ref
    })
    .filter((p) => !base || p.baseRef === base)
    .sort((a, b) => (query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number))
  const slice = matching.slice((page - 1) * perPage, page * perPage)
  const headers: Record<string, string> = {}
  if (page * perPage < matching.length) {
    const next = new URL(`${state.apiUrl}${context.path}`)
    query.forEach((v, k) => next.searchParams.set(k, v))
    next.searchParams.set('page', String(page + 1))
    headers.link = `<${next.href}>; rel="next"`
  }
  const body = await Promise.all(slice.map((p) => render(state, p, context.viewer?.login, false)))
  return { status: 200, body, headers }
}

/**
 * POST /repos/{owner}/{repo}/pulls. `head` is "branch" in the same repository
 * or "user:branch" from the user's fork; GitHub's 422 answers for a missing
 * branch, no commits, or an open pull request with the same head and base.
 */
export async function createPull(context: ApiContext): Promise<ApiReply> {
  const { state, viewer } = context
  if (!viewer) throw new GitHubApiError(401, 'Requires authentication')
  const base = requireRepo(context)
  const { title, head, base: baseRef, body = null, draft = false } = context.body
  if (typeof title !== 'string' || title.trim() === '') throw validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }])
  if (typeof head !== 'string') throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'missing_field' }])
  if (typeof baseRef !== 'string') throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'missing_field' }])
  if (body !== null && typeof body !== 'string') throw invalidRequest('body', 'is not a string')

  const [headOwner, headRef] = head.includes(':') ? (head.split(/:(.*)/s) as [string, string]) : [base.owner, head]
  const inNetwork = (r: EmulatedRepo): boolean => r === base || (r.parent !== undefined && inNetwork(r.parent))
  const headRepo =
    headOwner.toLowerCase() === base.owner.toLowerCase()
      ? base
      : [...state.repos.values()].find((r) => r.owner.toLowerCase() === headOwner.toLowerCase() && inNetwork(r))
  const headSha = headRepo ? await resolveCommit(headRepo.path, `refs/heads/${headRef}`) : null
  if (!headRepo || headSha === null) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }])
  const baseSha = await resolveCommit(base.path, `refs/heads/${baseRef}`)
  if (baseSha === null) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }])
  // The head repository sees the base's objects (a fork through alternates), so ask it.
  if (await isAncestor(headRepo.path, headSha, baseSha)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${head}` }])
  }
  // No await from here to the push: the duplicate check and the insert are one step.
  const duplicate = state.pulls.find((p) => p.base === base && p.head === headRepo && p.headRef === headRef && p.baseRef === baseRef && p.state === 'open')
  if (duplicate) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${headRepo.owner}:${headRef}.` }])
  }
  const now = new Date().toISOString()
  const pull: EmulatedPull = {
    id: state.nextId++,
    number: ++base.lastNumber,
    base,
    head: headRepo,
    headRef,
    baseRef,
    headSha,
    title,
    body: body as string | null,
    state: 'open',
    merged: false,
    mergeCommitSha: null,
    draft: draft === true,
    author: viewer.login,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    mergedAt: null,
  }
  state.pulls.push(pull)
  return { status: 201, body: await render(state, pull, viewer.login, true) }
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number} */
export async function getPull(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context)
  return { status: 200, body: await render(context.state, findPull(context, repo), context.viewer?.login, true) }
}

/** PATCH /repos/{owner}/{repo}/pulls/{pull_number}: title, body, state open|closed. */
export async function updatePull(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context)
  const pull = findPull(context, repo)
  const viewer = context.viewer?.login
  if (!viewer || (viewer !== pull.author && !repo.collaborators.has(viewer.toLowerCase()) && viewer !== repo.owner)) {
    throw new GitHubApiError(403, 'Must have push access to update this pull request')
  }
  const { title, body, state } = context.body
  if (typeof title === 'string') pull.title = title
  if (typeof body === 'string') pull.body = body
  if (state === 'closed' && pull.state === 'open') closePull(pull)
  if (state === 'open' && pull.state === 'closed' && !pull.merged) Object.assign(pull, { state: 'open', closedAt: null })
  pull.updatedAt = new Date().toISOString()
  return { status: 200, body: await render(context.state, pull, viewer, true) }
}

export function closePull(pull: EmulatedPull): void {
  const now = new Date().toISOString()
  Object.assign(pull, { state: 'closed', closedAt: now, updatedAt: now })
}

/** Merges with a merge commit and closes, as the merge button does. */
export async function mergeOpenPull(state: EmulatorState, pull: EmulatedPull, by: string): Promise<string> {
  if (pull.state !== 'open') throw new GitHubApiError(405, 'Pull Request is not mergeable')
  await refreshPull(pull)
  const user = state.users.get(by.toLowerCase())
  const sha = await mergePull(pull, { name: user?.name ?? by, email: user?.email ?? `${by}@users.noreply.github.com` })
  const now = new Date().toISOString()
  Object.assign(pull, { state: 'closed', merged: true, mergedAt: now, closedAt: now, updatedAt: now, mergeCommitSha: sha })
  return sha
}

/** PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge */
export async function mergePullRequest(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true })
  const pull = findPull(context, repo)
  const sha = await mergeOpenPull(context.state, pull, context.viewer?.login ?? repo.owner)
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } }
}
