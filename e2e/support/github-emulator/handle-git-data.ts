// The Git Data API (blobs, trees, commits, refs) on the real bare repository,
// each call one or two git plumbing commands.
import { isAncestor } from '../../../server/export/git/is-ancestor'
import { resolveCommit } from '../../../server/export/git/resolve-commit'
import { runGit, runGitText } from '../../../server/export/git/run-git'
import { writeTree, type TreeChange } from '../../../server/export/git/write-tree'
import type { ApiContext, ApiReply } from './api-context'
import type { EmulatedRepo, EmulatorState } from './emulator-state'
import { GitHubApiError, invalidRequest, protectedBranchError } from './github-api-error'
import { gitCommitJson, refJson } from './github-json'
import { isProtected } from './handle-repos'
import { readGitCommit } from './read-git-commit'
import { requireRepo } from './require-repo'

const objectId = /^[0-9a-f]{40}$/

async function objectType(gitDir: string, sha: string): Promise<string | null> {
  if (!objectId.test(sha)) return null
  return runGitText(gitDir, ['cat-file', '-t', sha]).catch(() => null)
}

function apiBase(state: EmulatorState, repo: EmulatedRepo): string {
  return `${state.apiUrl}/repos/${repo.owner}/${repo.name}`
}

/** POST /repos/{owner}/{repo}/git/blobs */
export async function createBlob(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true, gitData: true })
  const { content, encoding = 'utf-8' } = context.body
  if (typeof content !== 'string') throw invalidRequest('content')
  if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
    throw new GitHubApiError(422, `encoding must be one of utf-8 or base64`)
  }
  const bytes = encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8')
  const sha = await runGitText(repo.path, ['hash-object', '-w', '--stdin'], { input: bytes })
  return { status: 201, body: { url: `${apiBase(context.state, repo)}/git/blobs/${sha}`, sha } }
}

/** GET /repos/{owner}/{repo}/git/blobs/{file_sha} */
export async function getBlob(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { gitData: true })
  const sha = context.params.sha ?? ''
  if ((await objectType(repo.path, sha)) !== 'blob') throw new GitHubApiError(404, 'Not Found')
  const bytes = await runGit(repo.path, ['cat-file', 'blob', sha])
  return {
    status: 200,
    body: {
      sha,
      node_id: Buffer.from(`Blob:${sha}`).toString('base64url'),
      size: bytes.length,
      url: `${apiBase(context.state, repo)}/git/blobs/${sha}`,
      content: `${bytes.toString('base64').replace(/.{60}/g, '$&\n')}\n`,
      encoding: 'base64',
    },
  }
}

async function treeJson(state: EmulatorState, repo: EmulatedRepo, sha: string, recursive: boolean) {
  const listing = await runGitText(repo.path, ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha])
  const tree = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t')
      const [mode = '', type = '', entrySha = '', size = '-'] = meta.split(/\s+/)
      const kind = type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits'
      return {
        path,
        mode,
        type,
        sha: entrySha,
        ...(type === 'blob' ? { size: Number(size) } : {}),
        url: `${apiBase(state, repo)}/git/${kind}/${entrySha}`,
      }
    })
  return { sha, url: `${apiBase(state, repo)}/git/trees/${sha}`, tree, truncated: false }
}

/**
 * POST /repos/{owner}/{repo}/git/trees: `base_tree` plus entries whose paths
 * may be nested ("iaas/20240724.md"); `sha: null` removes a path.
 */
export async function createTree(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true, gitData: true })
  const { base_tree: baseTree, tree } = context.body
  if (!Array.isArray(tree)) throw invalidRequest('tree')
  if (baseTree !== undefined && baseTree !== null && (typeof baseTree !== 'string' || (await objectType(repo.path, baseTree)) !== 'tree')) {
    throw new GitHubApiError(422, 'Invalid tree info')
  }
  const changes: TreeChange[] = []
  for (const raw of tree as unknown[]) {
    const entry = (raw ?? {}) as Record<string, unknown>
    const { path, mode, type } = entry
    if (typeof path !== 'string' || path === '' || path.startsWith('/')) throw invalidRequest('path')
    if (typeof mode !== 'string' || !['100644', '100755', '040000', '160000', '120000'].includes(mode)) {
      throw new GitHubApiError(422, `Invalid tree info: mode ${String(mode)} for ${path}`)
    }
    if (type === 'tree' || mode === '040000') throw new GitHubApiError(422, 'This emulator does not accept tree entries; send blob paths')
    if ('content' in entry && typeof entry.content === 'string') {
      changes.push({ path, mode, sha: await runGitText(repo.path, ['hash-object', '-w', '--stdin'], { input: entry.content }) })
    } else if (entry.sha === null) {
      changes.push({ path, mode, sha: null })
    } else if (typeof entry.sha === 'string') {
      const expected = type === 'commit' ? null : 'blob'
      if (expected && (await objectType(repo.path, entry.sha)) !== expected) throw new GitHubApiError(422, 'GitRPC::BadObjectState')
      changes.push({ path, mode, sha: entry.sha })
    } else {
      throw invalidRequest('sha')
    }
  }
  const sha = await writeTree(repo.path, typeof baseTree === 'string' ? baseTree : null, changes).catch((error: unknown) => {
    throw new GitHubApiError(422, `Invalid tree info: ${error instanceof Error ? error.message : String(error)}`)
  })
  return { status: 201, body: await treeJson(context.state, repo, sha, false) }
}

/** GET /repos/{owner}/{repo}/git/trees/{tree_sha} */
export async function getTree(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { gitData: true })
  const sha = context.params.sha ?? ''
  const resolved = objectId.test(sha) ? sha : await runGitText(repo.path, ['rev-parse', '--verify', '--quiet', `${sha}^{tree}`]).catch(() => '')
  if ((await objectType(repo.path, resolved)) !== 'tree') throw new GitHubApiError(404, 'Not Found')
  const recursive = Boolean(context.query.get('recursive'))
  return { status: 200, body: await treeJson(context.state, repo, resolved, recursive) }
}

function person(value: unknown, field: string): { name: string; email: string; date?: string } | undefined {
  if (value === undefined) return undefined
  const p = (value ?? {}) as Record<string, unknown>
  if (typeof p.name !== 'string') throw invalidRequest(`${field}.name`)
  if (typeof p.email !== 'string') throw invalidRequest(`${field}.email`)
  if (p.date !== undefined && (typeof p.date !== 'string' || Number.isNaN(Date.parse(p.date)))) throw invalidRequest(`${field}.date`, 'is not a timestamp')
  return { name: p.name, email: p.email, date: typeof p.date === 'string' ? p.date : undefined }
}

function gitDate(iso: string | undefined): string {
  return `${Math.floor((iso ? Date.parse(iso) : Date.now()) / 1000)} +0000`
}

/**
 * POST /repos/{owner}/{repo}/git/commits. Without an author the signed-in user
 * is the author; without a committer the author commits, as GitHub documents.
 */
export async function createCommit(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true, gitData: true })
  const { message, tree, parents = [] } = context.body
  if (typeof message !== 'string') throw invalidRequest('message')
  if (typeof tree !== 'string') throw invalidRequest('tree')
  if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) throw invalidRequest('parents', 'is not an array of strings')
  if ((await objectType(repo.path, tree)) !== 'tree') throw new GitHubApiError(422, 'Tree SHA does not exist')
  for (const parent of parents as string[]) {
    if ((await objectType(repo.path, parent)) !== 'commit') throw new GitHubApiError(422, 'Parent SHA does not exist or is not a commit object')
  }
  const viewer = context.viewer
  const author = person(context.body.author, 'author') ?? { name: viewer?.name ?? 'ghost', email: viewer?.email ?? 'ghost@example.com' }
  const committer = person(context.body.committer, 'committer') ?? author
  const env = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: gitDate(author.date),
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: gitDate(committer.date),
  }
  const parentArgs = (parents as string[]).flatMap((p) => ['-p', p])
  const sha = await runGitText(repo.path, ['commit-tree', tree, ...parentArgs, '-F', '-'], { env, input: message })
  const commit = await readGitCommit(repo.path, sha)
  if (!commit) throw new GitHubApiError(500, 'Server Error')
  return { status: 201, body: gitCommitJson(context.state, repo, commit) }
}

/** GET /repos/{owner}/{repo}/git/commits/{commit_sha} */
export async function getCommit(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { gitData: true })
  const commit = await readGitCommit(repo.path, context.params.sha ?? '')
  if (!commit) throw new GitHubApiError(404, 'Not Found')
  return { status: 200, body: gitCommitJson(context.state, repo, commit) }
}

/** GET /repos/{owner}/{repo}/git/ref/{ref}, an exact match such as heads/main. */
export async function getRef(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { gitData: true })
  const ref = `refs/${context.params.ref ?? ''}`
  const sha = await resolveCommit(repo.path, ref)
  if (sha === null) throw new GitHubApiError(404, 'Not Found')
  return { status: 200, body: refJson(context.state, repo, ref, sha) }
}

function refuseProtected(repo: EmulatedRepo, ref: string): void {
  if (ref.startsWith('refs/heads/') && isProtected(repo, ref.slice('refs/heads/'.length))) throw protectedBranchError(ref)
}

/** POST /repos/{owner}/{repo}/git/refs */
export async function createRef(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true, gitData: true })
  const { ref, sha } = context.body
  if (typeof ref !== 'string') throw invalidRequest('ref')
  if (typeof sha !== 'string') throw invalidRequest('sha')
  if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
    throw new GitHubApiError(422, "Reference name must start with 'refs/' and have at least two slashes.")
  }
  await runGit(repo.path, ['check-ref-format', ref]).catch(() => {
    throw new GitHubApiError(422, 'Reference name is not valid')
  })
  if ((await objectType(repo.path, sha)) === null) throw new GitHubApiError(422, 'Object does not exist')
  refuseProtected(repo, ref)
  // The empty old value is git's "must not exist yet", atomic against a racing create.
  await runGit(repo.path, ['update-ref', ref, sha, '']).catch(() => {
    throw new GitHubApiError(422, 'Reference already exists')
  })
  return { status: 201, body: refJson(context.state, repo, ref, sha) }
}

/** PATCH /repos/{owner}/{repo}/git/refs/{ref}: fast-forward only unless `force`. */
export async function updateRef(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true, gitData: true })
  const ref = `refs/${context.params.ref ?? ''}`
  const { sha, force = false } = context.body
  if (typeof sha !== 'string') throw invalidRequest('sha')
  const current = await resolveCommit(repo.path, ref)
  if (current === null) throw new GitHubApiError(422, 'Reference does not exist')
  if ((await objectType(repo.path, sha)) !== 'commit') throw new GitHubApiError(422, 'Object does not exist')
  refuseProtected(repo, ref)
  if (force !== true && !(await isAncestor(repo.path, current, sha))) throw new GitHubApiError(422, 'Update is not a fast forward')
  await runGit(repo.path, ['update-ref', ref, sha, current]).catch(() => {
    throw new GitHubApiError(422, 'Update is not a fast forward')
  })
  return { status: 200, body: refJson(context.state, repo, ref, sha) }
}

/** DELETE /repos/{owner}/{repo}/git/refs/{ref} */
export async function deleteRef(context: ApiContext): Promise<ApiReply> {
  const repo = requireRepo(context, { push: true, gitData: true })
  const ref = `refs/${context.params.ref ?? ''}`
  const current = await resolveCommit(repo.path, ref)
  if (current === null) throw new GitHubApiError(422, 'Reference does not exist')
  refuseProtected(repo, ref)
  await runGit(repo.path, ['update-ref', '-d', ref, current])
  return { status: 204 }
}
