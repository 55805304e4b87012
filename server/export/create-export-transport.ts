import type { ExportConfig } from './export-config'
import { ExportFailedError, TokenInvalidError } from './export-errors'
import type { ExportTransport } from './export-transport'
import { createGitHubTransport } from './transports/github-transport'
import { createLocalGitTransport } from './transports/local-git-transport'

/**
 * The transport for one request: GitHub as the signed-in user when a GitHub app
 * is configured, else the embedded default's local repository. Chosen by
 * configuration, never by the request, so a user cannot redirect an export.
 */
export function createExportTransport(config: ExportConfig, session: { githubToken?: string | null }): ExportTransport {
  if (config.GITHUB_CLIENT_ID) {
    if (!session.githubToken) throw new TokenInvalidError()
    return createGitHubTransport({ token: session.githubToken, apiUrl: config.GITHUB_API_URL, requestTimeoutMs: config.EXPORT_REQUEST_TIMEOUT_MS })
  }
  if (config.EXPORT_LOCAL_REPO) return createLocalGitTransport({ repoPath: config.EXPORT_LOCAL_REPO })
  throw new ExportFailedError('exporting is not set up here: configure a GitHub app (GITHUB_CLIENT_ID) or EXPORT_LOCAL_REPO')
}
