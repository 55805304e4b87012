// Response bodies in the shapes GitHub documents, with the fields a client is
// likely to read; links point back at this emulator.
import type { EmulatedPull, EmulatedRepo, EmulatedUser, EmulatorState } from './emulator-state'
import type { GitCommit } from './read-git-commit'

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url')
}

export function ownerId(state: EmulatorState, login: string): number {
  const user = state.users.get(login.toLowerCase())
  if (user) return user.id
  let id = state.ownerIds.get(login.toLowerCase())
  if (id === undefined) {
    id = state.nextId++
    state.ownerIds.set(login.toLowerCase(), id)
  }
  return id
}

export function simpleUserJson(state: EmulatorState, login: string) {
  const id = ownerId(state, login)
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `${state.webUrl}/avatars/${login}`,
    gravatar_id: '',
    url: `${state.apiUrl}/users/${login}`,
    html_url: `${state.webUrl}/${login}`,
    type: state.users.has(login.toLowerCase()) ? 'User' : 'Organization',
    site_admin: false,
  }
}

export function privateUserJson(state: EmulatorState, user: EmulatedUser) {
  return {
    ...simpleUserJson(state, user.login),
    name: user.name,
    email: user.email,
    company: null,
    blog: '',
    location: null,
    bio: null,
    public_repos: [...state.repos.values()].filter((r) => r.owner === user.login && !r.private).length,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
  }
}

export function canPush(repo: EmulatedRepo, login: string | undefined): boolean {
  return login !== undefined && (repo.owner.toLowerCase() === login.toLowerCase() || repo.collaborators.has(login.toLowerCase()))
}

export function repoJson(state: EmulatorState, repo: EmulatedRepo, viewer: string | undefined): Record<string, unknown> {
  const api = `${state.apiUrl}/repos/${repo.owner}/${repo.name}`
  const push = canPush(repo, viewer)
  const admin = viewer !== undefined && repo.owner.toLowerCase() === viewer.toLowerCase()
  const json: Record<string, unknown> = {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: simpleUserJson(state, repo.owner),
    html_url: `${state.webUrl}/${repo.owner}/${repo.name}`,
    description: null,
    fork: repo.parent !== undefined,
    url: api,
    git_refs_url: `${api}/git/refs{/sha}`,
    pulls_url: `${api}/pulls{/number}`,
    clone_url: `${state.webUrl}/${repo.owner}/${repo.name}.git`,
    default_branch: repo.defaultBranch,
    visibility: repo.private ? 'private' : 'public',
    archived: false,
    disabled: false,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
  }
  if (viewer !== undefined) json.permissions = { admin, maintain: admin, push, triage: push, pull: true }
  if (repo.parent) {
    let source = repo.parent
    while (source.parent) source = source.parent
    json.parent = repoJson(state, repo.parent, viewer)
    json.source = repoJson(state, source, viewer)
  }
  return json
}

function gitPersonJson(person: GitCommit['author']) {
  return { name: person.name, email: person.email, date: person.date }
}

/** A commit as the Git Data API returns it (`GET /repos/{o}/{r}/git/commits/{sha}`). */
export function gitCommitJson(state: EmulatorState, repo: EmulatedRepo, commit: GitCommit) {
  const api = `${state.apiUrl}/repos/${repo.owner}/${repo.name}`
  const web = `${state.webUrl}/${repo.owner}/${repo.name}`
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', parseInt(commit.sha.slice(0, 8), 16)),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${web}/commit/${commit.sha}`,
    author: gitPersonJson(commit.author),
    committer: gitPersonJson(commit.committer),
    message: commit.message,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}`, html_url: `${web}/commit/${sha}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

export function refJson(state: EmulatorState, repo: EmulatedRepo, ref: string, sha: string) {
  const api = `${state.apiUrl}/repos/${repo.owner}/${repo.name}`
  return {
    ref,
    node_id: nodeId('Ref', ref.length),
    url: `${api}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  }
}

function pullBranchJson(state: EmulatorState, repo: EmulatedRepo, ref: string, sha: string, viewer: string | undefined) {
  return { label: `${repo.owner}:${ref}`, ref, sha, user: simpleUserJson(state, repo.owner), repo: repoJson(state, repo, viewer) }
}

export function pullJson(state: EmulatorState, pull: EmulatedPull, baseSha: string, viewer: string | undefined, full: boolean) {
  const api = `${state.apiUrl}/repos/${pull.base.owner}/${pull.base.name}`
  const web = `${state.webUrl}/${pull.base.owner}/${pull.base.name}`
  const json: Record<string, unknown> = {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: `${web}/pull/${pull.number}`,
    diff_url: `${web}/pull/${pull.number}.diff`,
    patch_url: `${web}/pull/${pull.number}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUserJson(state, pull.author),
    body: pull.body,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    draft: pull.draft,
    head: pullBranchJson(state, pull.head, pull.headRef, pull.headSha, viewer),
    base: pullBranchJson(state, pull.base, pull.baseRef, baseSha, viewer),
    author_association: canPush(pull.base, pull.author) ? 'COLLABORATOR' : 'CONTRIBUTOR',
  }
  // Only the single-pull endpoint answers these; lists leave them out.
  if (full) Object.assign(json, { merged: pull.merged, mergeable: pull.state === 'open' ? true : null, merged_by: null, commits: 1 })
  return json
}
