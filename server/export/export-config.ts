// Export settings, read from the environment. server/config.ts owns the app's
// table; these join it once the export is wired into a route.
import { z } from 'zod'
import { zodIssueLines } from '../../lib/zod-issue-lines'

const exportConfigSchema = z.object({
  /** REST API base: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  GITHUB_API_URL: z.string().url().default('https://api.github.com'),
  /** Web base for sign-in pages and links: https://github.com, or https://HOST. */
  GITHUB_WEB_URL: z.string().url().default('https://github.com'),
  /** Set when a GitHub OAuth app is configured; then exports go to GitHub as the signed-in user. */
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  /** Without a GitHub app: the local repository (bare or with a work tree) exports commit to. */
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
