import type { ApiContext } from './api-context'
import { repoKey, type EmulatedRepo } from './emulator-state'
import { GitHubApiError } from './github-api-error'
import { canPush } from './github-json'

/**
 * The repository named in the path, as the viewer may see it. Like GitHub, a
 * private repository the viewer cannot see is a 404, never a 403, so its
 * existence does not leak; a visible one they may not write to is a 403.
 */
export function requireRepo(context: ApiContext, need: { push?: boolean; gitData?: boolean } = {}): EmulatedRepo {
  const { owner = '', repo: name = '' } = context.params
  const repo = context.state.repos.get(repoKey(owner, name))
  const viewer = context.viewer?.login
  const visible = repo !== undefined && (!repo.private || canPush(repo, viewer))
  if (!repo || !visible) throw new GitHubApiError(404, 'Not Found')
  if (need.push && !canPush(repo, viewer)) {
    throw new GitHubApiError(403, `Permission to ${repo.owner}/${repo.name}.git denied to ${viewer ?? 'anonymous'}.`)
  }
  if (need.gitData && repo.pendingReads > 0) {
    // A fresh fork answers this while GitHub is still copying it.
    repo.pendingReads--
    throw new GitHubApiError(409, 'Git Repository is empty.')
  }
  return repo
}
