import { defaultLintConfig, lintConfigFileNames, parseLintConfigText, type LintConfig } from '../../lib/markdown'
import type { ExportTransport, RepositoryRef } from './export-transport'
import { minutesPath } from './minutes-path'

export interface RepoLintConfig {
  config: LintConfig
  /** The file the rules came from ("iaas/.markdownlint.json"), or null for the format's default. */
  source: string | null
  /** Why the repository's file was not (fully) used; the preview shows it beside the findings. */
  problem?: string
}

/**
 * The markdownlint configuration the target repository's CI would apply to
 * the minutes, read from the base branch: the series' folder first, then the
 * repository root (markdownlint-cli2 takes the nearest), in cli2's order of
 * file names. Without one, the format's default.
 */
export async function readRepoLintConfig(transport: ExportTransport, repo: RepositoryRef, baseSha: string, folder: string): Promise<RepoLintConfig> {
  const folders = folder === '' ? [''] : [folder, '']
  for (const dir of folders) {
    for (const name of lintConfigFileNames) {
      const path = minutesPath(dir, name)
      const bytes = await transport.readFile(repo, baseSha, path)
      if (bytes === null) continue
      try {
        const { config, skippedExtends } = parseLintConfigText(path, new TextDecoder('utf-8', { fatal: true }).decode(bytes))
        return { config, source: path, ...(skippedExtends ? { problem: `${path} extends another file, which is not followed here; its own rules apply` } : {}) }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return { config: defaultLintConfig, source: null, problem: `${path} could not be read (${reason}); the format's default rules apply` }
      }
    }
  }
  return { config: defaultLintConfig, source: null }
}
