import { diffMinutes } from './diff-minutes'
import { BaseChangedError } from './export-errors'
import type { ExportTransport, RepositoryRef } from './export-transport'
import { readTextFile } from './read-text-file'

/**
 * Stops an export whose preview is stale. Only the minutes file counts: commits
 * to other files on the base branch do not change what the user approved, so
 * they do not make the user look again.
 */
export async function checkBaseUnchanged(
  transport: ExportTransport,
  repo: RepositoryRef,
  check: { expectedBaseSha: string | undefined; baseSha: string; path: string; markdown: string },
): Promise<void> {
  const { expectedBaseSha, baseSha, path, markdown } = check
  if (expectedBaseSha === undefined || expectedBaseSha === baseSha) return
  const [seen, current] = await Promise.all([
    readTextFile(transport, repo, expectedBaseSha, path),
    readTextFile(transport, repo, baseSha, path),
  ])
  if (seen === current) return
  throw new BaseChangedError(baseSha, current, diffMinutes(path, current, markdown))
}
