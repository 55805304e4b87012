import { resolveCommit } from '../../../server/export/git/resolve-commit'
import { runGitText } from '../../../server/export/git/run-git'
import type { ApiContext, ApiReply } from './api-context'
import { repoKey, type EmulatedRepo } from './emulator-state'
import { GitHubApiError } from './github-api-error'
import { gitCommitJson } from './github-json'
import { readGitCommit } from './read-git-commit'
import { requireRepo } from './require-repo'

const fileStatus: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', T: 'changed' }

/**
 * GET /repos/{owner}/{repo}/compare/{base}...{head}: what `head` changed since
 * it left `base` (the three-dot diff). Either side may be `owner:branch` of a
 * repository in the same fork network.
 */
export async function compareCommits(context: ApiContext): Promise<ApiReply> {
  const { state } = context
  const repo = requireRepo(context, { gitData: true })
  const basehead = context.params.basehead ?? ''
  const split = basehead.indexOf('...')
  if (split === -1) throw new GitHubApiError(404, 'Not Found')
  const side = (spec: string): EmulatedRepo | undefined => {
    const colon = spec.indexOf(':')
    if (colon === -1) return repo
    return state.repos.get(repoKey(spec.slice(0, colon), repo.name)) ?? [...state.repos.values()].find((r) => r.owner.toLowerCase() === spec.slice(0, colon).toLowerCase() && (r.parent === repo || repo.parent === r))
  }
  const baseSpec = basehead.slice(0, split)
  const headSpec = basehead.slice(split + 3)
  const baseRepo = side(baseSpec)
  const headRepo = side(headSpec)
  const ref = (spec: string) => (spec.includes(':') ? spec.slice(spec.indexOf(':') + 1) : spec)
  const baseSha = baseRepo ? await resolveCommit(baseRepo.path, ref(baseSpec)) : null
  const headSha = headRepo ? await resolveCommit(headRepo.path, ref(headSpec)) : null
  if (!baseRepo || !headRepo || baseSha === null || headSha === null) throw new GitHubApiError(404, 'Not Found')
  // A fork sees its parent's objects through alternates, not the other way round.
  const gitDir = headRepo.parent ? headRepo.path : baseRepo.path
  const mergeBase = await runGitText(gitDir, ['merge-base', baseSha, headSha]).catch(() => '')
  if (mergeBase === '') throw new GitHubApiError(404, `No common ancestor between ${baseSpec} and ${headSpec}.`)
  const [behind = '0', ahead = '0'] = (await runGitText(gitDir, ['rev-list', '--left-right', '--count', `${baseSha}...${headSha}`])).split(/\s+/)
  const names = await runGitText(gitDir, ['diff', '--no-renames', '--name-status', '-z', mergeBase, headSha])
  const fields = names.split('\0').filter(Boolean)
  const files = []
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const filename = fields[i + 1] ?? ''
    files.push({ filename, status: fileStatus[fields[i] ?? ''] ?? 'changed', contents_url: `${state.apiUrl}/repos/${headRepo.owner}/${headRepo.name}/contents/${filename}?ref=${headSha}` })
  }
  const commitShas = (await runGitText(gitDir, ['rev-list', '--reverse', `${mergeBase}..${headSha}`])).split('\n').filter(Boolean)
  const commits = []
  for (const sha of commitShas) {
    const commit = await readGitCommit(gitDir, sha)
    if (commit) commits.push({ sha, commit: gitCommitJson(state, headRepo, commit) })
  }
  const aheadBy = Number(ahead)
  const behindBy = Number(behind)
  const status = aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged'
  const baseCommit = await readGitCommit(gitDir, baseSha)
  const mergeBaseCommit = await readGitCommit(gitDir, mergeBase)
  return {
    status: 200,
    body: {
      url: `${state.apiUrl}/repos/${repo.owner}/${repo.name}/compare/${basehead}`,
      html_url: `${state.webUrl}/${repo.owner}/${repo.name}/compare/${basehead}`,
      base_commit: baseCommit && { sha: baseSha, commit: gitCommitJson(state, baseRepo, baseCommit) },
      merge_base_commit: mergeBaseCommit && { sha: mergeBase, commit: gitCommitJson(state, baseRepo, mergeBaseCommit) },
      status,
      ahead_by: aheadBy,
      behind_by: behindBy,
      total_commits: commits.length,
      commits,
      files,
    },
  }
}
