// Export settings, read from the environment; listed with server/config.ts's in
// the README's configuration table. The GitHub ones are server/config.ts's
// (sign-in uses them too).
import { z } from 'zod'
import { zodIssueLines } from '../../lib/zod-issue-lines'
import { githubConfigShape } from '../config'

const exportConfigSchema = z.object({
  /** GITHUB_CLIENT_ID set means exports go to GitHub as the signed-in user. */
  ...githubConfigShape,
  /**
   * The local repository (bare or with a work tree) that series without a GitHub
   * repository export to. Unset: the embedded default, data/minutes.git, made on
   * first export.
   */
  EXPORT_LOCAL_REPO: z.string().min(1).optional(),
  EXPORT_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** Rate-limit resets at most this far away are waited for once instead of failing. */
  EXPORT_RATE_LIMIT_MAX_WAIT_MS: z.coerce.number().int().nonnegative().default(10_000),
})

export type ExportConfig = z.infer<typeof exportConfigSchema>

export function loadExportConfig(env: Record<string, string | undefined> = process.env): ExportConfig {
  const parsed = exportConfigSchema.safeParse(env)
  if (!parsed.success) {
    const lines = zodIssueLines(parsed.error).map((line) => `  ${line}`)
    throw new Error(`Invalid export configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

/** Where the embedded default keeps its repository when EXPORT_LOCAL_REPO is not set. */
export const defaultLocalRepo = 'data/minutes.git'

let cached: ExportConfig | undefined

export function exportConfig(): ExportConfig {
  cached ??= loadExportConfig()
  return cached
}
