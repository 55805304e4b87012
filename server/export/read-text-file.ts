import type { ExportTransport, RepositoryRef } from './export-transport'

/** A file at a commit as UTF-8 text (Markdown minutes are text), or null when it does not exist. */
export async function readTextFile(transport: ExportTransport, repo: RepositoryRef, commitSha: string, path: string): Promise<string | null> {
  const bytes = await transport.readFile(repo, commitSha, path)
  return bytes === null ? null : new TextDecoder().decode(bytes)
}
