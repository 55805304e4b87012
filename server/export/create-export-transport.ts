import { defaultLocalRepo, type ExportConfig } from './export-config'
import { ExportFailedError, TokenInvalidError } from './export-errors'
import type { ExportTransport, RepositoryRef } from './export-transport'
import { createGitHubTransport } from './transports/github-transport'
import { createLocalGitTransport } from './transports/local-git-transport'

/** Stands in for owner/name with the local repository, which has neither; it names the branch owner in records. */
export const localRepository: RepositoryRef = { owner: 'local', name: 'minutes' }

/**
 * The transport and repository for one export. A series with a GitHub
 * repository goes to GitHub as the signed-in user; a series without one (both
 * repoOwner and repoName null) goes to the configured local repository. The
 * local path comes from configuration only (EXPORT_LOCAL_REPO, else the
 * embedded default under data/), so no request can point an export at another
 * folder of the server.
 */
export function createExportTransport(
  config: ExportConfig,
  target: { repoOwner: string | null; repoName: string | null; githubToken?: string | null },
): { transport: ExportTransport; repo: RepositoryRef } {
  if (target.repoOwner && target.repoName) {
    if (!config.GITHUB_CLIENT_ID) throw new ExportFailedError('this series exports to GitHub, but no GitHub app is configured here (GITHUB_CLIENT_ID)')
    if (!target.githubToken) throw new TokenInvalidError()
    const transport = createGitHubTransport({ token: target.githubToken, apiUrl: config.GITHUB_API_URL, requestTimeoutMs: config.EXPORT_REQUEST_TIMEOUT_MS })
    return { transport, repo: { owner: target.repoOwner, name: target.repoName } }
  }
  return { transport: createLocalGitTransport({ repoPath: config.EXPORT_LOCAL_REPO ?? defaultLocalRepo }), repo: localRepository }
}
