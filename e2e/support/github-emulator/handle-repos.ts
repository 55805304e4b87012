import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { resolveCommit } from '../../../server/export/git/resolve-commit'
import { runGit, runGitText } from '../../../server/export/git/run-git'
import type { ApiContext, ApiReply } from './api-context'
import { repoKey, type EmulatedRepo, type EmulatorState } from './emulator-state'
import { GitHubApiError } from './github-api-error'
import { gitCommitJson, repoJson } from './github-json'
import { readGitCommit } from './read-git-commit'
import { requireRepo } from './require-repo'

/** GET /repos/{owner}/{repo} */
export async function getRepository(context: ApiContext): Promise<ApiReply> {
  return { status: 200, body: repoJson(context.state, requireRepo(context), context.viewer?.login) }
}

export function bareRepoPath(state: EmulatorState, owner: string, name: string): string {
  return join(state.dataDir, 'repos', owner.toLowerCase(), `${name.toLowerCase()}.git`)
}

/**
 * POST /repos/{owner}/{repo}/forks: 202 with the fork, a new one or the one the
 * user already has. The fork shares the parent's objects through git's
 * alternates, which is also how GitHub's fork networks share storage, so a
 * commit made in the fork can have the parent's newest commit as its parent.
 */
export async function createFork(context: ApiContext): Promise<ApiReply> {
  const { state, viewer } = context
  if (!viewer) throw new GitHubApiError(401, 'Requires authentication')
  const parent = requireRepo(context)
  const owner = typeof context.body.organization === 'string' ? context.body.organization : viewer.login
  const existing = [...state.repos.values()].find((r) => r.parent === parent && r.owner.toLowerCase() === owner.toLowerCase())
  if (existing) return { status: 202, body: repoJson(state, existing, viewer.login) }

  const wanted = typeof context.body.name === 'string' ? context.body.name : parent.name
  let name = wanted
  for (let n = 1; state.repos.has(repoKey(owner, name)); n++) name = `${wanted}-${n}`
  const path = bareRepoPath(state, owner, name)
  await mkdir(dirname(path), { recursive: true })
  const onlyDefault = context.body.default_branch_only === true ? ['--single-branch', '--branch', parent.defaultBranch] : []
  await runGit(dirname(path), ['clone', '--quiet', '--bare', '--shared', ...onlyDefault, parent.path, path])
  const fork: EmulatedRepo = {
    id: state.nextId++,
    owner,
    name,
    private: parent.private,
    defaultBranch: parent.defaultBranch,
    collaborators: new Set(),
    path,
    parent,
    lastNumber: 0,
    pendingReads: state.forkPendingReads,
    protectedBranches: [],
    createdAt: new Date().toISOString(),
  }
  state.repos.set(repoKey(owner, name), fork)
  return { status: 202, body: repoJson(state, fork, viewer.login) }
}

function branchMatches(pattern: string, branch: string): boolean {
  const source = pattern
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*')
  return new RegExp(`^${source}$`).test(branch)
}

export function isProtected(repo: EmulatedRepo, branch: string): boolean {
  return repo.protectedBranches.some((pattern) => branchMatches(pattern, branch))
}

/** GET /repos/{owner}/{repo}/branches/{branch} */
export async function getBranch(context: ApiContext): Promise<ApiReply> {
  const { state } = context
  const repo = requireRepo(context, { gitData: true })
  const branch = context.params.branch ?? ''
  const sha = await resolveCommit(repo.path, `refs/heads/${branch}`)
  const commit = sha === null ? null : await readGitCommit(repo.path, sha)
  if (commit === null) throw new GitHubApiError(404, 'Branch not found')
  const api = `${state.apiUrl}/repos/${repo.owner}/${repo.name}`
  const web = `${state.webUrl}/${repo.owner}/${repo.name}`
  const git = gitCommitJson(state, repo, commit)
  const protectedNow = isProtected(repo, branch)
  return {
    status: 200,
    body: {
      name: branch,
      commit: {
        sha: commit.sha,
        node_id: git.node_id,
        commit: { author: git.author, committer: git.committer, message: git.message, tree: git.tree, url: git.url, comment_count: 0, verification: git.verification },
        url: `${api}/commits/${commit.sha}`,
        html_url: git.html_url,
        comments_url: `${api}/commits/${commit.sha}/comments`,
        author: null,
        committer: null,
        parents: git.parents,
      },
      _links: { self: `${api}/branches/${branch}`, html: `${web}/tree/${branch}` },
      protected: protectedNow,
      protection: { enabled: protectedNow, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
      protection_url: `${api}/branches/${branch}/protection`,
    },
  }
}

function contentEntryJson(state: EmulatorState, repo: EmulatedRepo, ref: string, entry: { type: string; sha: string; size: number; path: string }) {
  const api = `${state.apiUrl}/repos/${repo.owner}/${repo.name}`
  const web = `${state.webUrl}/${repo.owner}/${repo.name}`
  const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : 'file'
  const self = `${api}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`
  const git = `${api}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`
  const html = `${web}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${entry.path}`
  return {
    type,
    size: type === 'file' ? entry.size : 0,
    name: entry.path.split('/').at(-1) ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `${state.webUrl}/raw/${repo.owner}/${repo.name}/${ref}/${entry.path}` : null,
    _links: { self, git, html },
  }
}

async function listTree(gitDir: string, treeish: string, prefix: string) {
  const out = await runGitText(gitDir, ['ls-tree', '-l', '-z', treeish])
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta = '', name = ''] = line.split('\t')
      const [, type = 'blob', sha = '', size = '0'] = meta.split(/\s+/)
      return { type, sha, size: size === '-' ? 0 : Number(size), path: prefix === '' ? name : `${prefix}/${name}` }
    })
}

/**
 * GET /repos/{owner}/{repo}/contents/{path}?ref=: a file as base64 in lines
 * of 60 characters, as GitHub sends it, or a folder as a list of entries.
 */
export async function getContent(context: ApiContext): Promise<ApiReply> {
  const { state } = context
  const repo = requireRepo(context, { gitData: true })
  const ref = context.query.get('ref') ?? repo.defaultBranch
  const path = (context.params.path ?? '').replace(/^\/+|\/+$/g, '')
  const commit = ref.startsWith('-') ? null : await resolveCommit(repo.path, ref)
  if (commit === null) throw new GitHubApiError(404, `No commit found for the ref ${ref}`)
  if (path === '') {
    return { status: 200, body: (await listTree(repo.path, commit, '')).map((e) => contentEntryJson(state, repo, ref, e)) }
  }
  const parentPath = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  const siblings = await listTree(repo.path, parentPath === '' ? commit : `${commit}:${parentPath}`, parentPath).catch(() => [])
  const entry = siblings.find((e) => e.path === path)
  if (!entry) throw new GitHubApiError(404, 'Not Found')
  if (entry.type === 'tree') {
    return { status: 200, body: (await listTree(repo.path, entry.sha, path)).map((e) => contentEntryJson(state, repo, ref, e)) }
  }
  // Over 1 MB GitHub sends no content and points at the blob endpoint instead.
  if (entry.size > 1024 * 1024) {
    return { status: 200, body: { ...contentEntryJson(state, repo, ref, entry), encoding: 'none', content: '' } }
  }
  const bytes = await runGit(repo.path, ['cat-file', 'blob', entry.sha])
  const base64 = bytes.toString('base64').replace(/.{60}/g, '$&\n')
  return { status: 200, body: { ...contentEntryJson(state, repo, ref, entry), encoding: 'base64', content: `${base64}\n` } }
}
