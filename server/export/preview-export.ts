import { diffMinutes } from './diff-minutes'
import { BaseBranchNotFoundError } from './export-errors'
import { previewExportInput, type PreviewExportInput } from './export-input'
import type { ExportTransport } from './export-transport'
import { minutesPath } from './minutes-path'
import { readTextFile } from './read-text-file'

export interface ExportPreview<Finding = unknown> {
  /** Where the file will be written, e.g. "iaas/20240724.md". */
  path: string
  markdown: string
  /** Base branch head the diff was made against; send it back as `expectedBaseSha`. */
  baseSha: string
  /** The file as it is on the base branch, or null when the export creates it. */
  existing: string | null
  /** Unified diff from `existing` to `markdown`. */
  diff: string
  /** True when the base branch already holds exactly these minutes. */
  unchanged: boolean
  /** lib/markdown's lint findings, as the caller passed them. */
  lintFindings: Finding[]
}

/** What "Export" is about to propose, read from the base branch without writing anything. */
export async function previewExport<Finding = unknown>(
  transport: ExportTransport,
  input: PreviewExportInput & { lintFindings?: Finding[] },
): Promise<ExportPreview<Finding>> {
  const { repo, baseBranch, folder, fileName, markdown } = previewExportInput.parse(input)
  const access = await transport.getRepository(repo)
  const baseSha = await transport.getBranchHead(repo, baseBranch)
  if (baseSha === null) throw new BaseBranchNotFoundError(access.fullName, baseBranch)
  const path = minutesPath(folder, fileName)
  const existing = await readTextFile(transport, repo, baseSha, path)
  return {
    path,
    markdown,
    baseSha,
    existing,
    diff: diffMinutes(path, existing, markdown),
    unchanged: existing === markdown,
    lintFindings: input.lintFindings ?? [],
  }
}
