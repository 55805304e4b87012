import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

// A local repository has no pull requests; the export records what it would
// have proposed here, inside the git directory so it travels with the clone's
// metadata and never shows up in the work tree or in a commit.
const pullRecord = z.object({
  number: z.number().int().positive(),
  branch: z.string(),
  base: z.string(),
  headOwner: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** Last commit exported to the branch, to tell "merged then deleted" from "deleted unmerged". */
  lastHeadSha: z.string(),
})
export type LocalPullRecord = z.infer<typeof pullRecord>

const recordFile = z.object({ pulls: z.array(pullRecord) })

function pathOf(gitDir: string): string {
  return join(gitDir, 'live-minutes', 'pull-requests.json')
}

export async function readLocalPullRecords(gitDir: string): Promise<LocalPullRecord[]> {
  try {
    return recordFile.parse(JSON.parse(await readFile(pathOf(gitDir), 'utf8'))).pulls
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Replaces the records through a rename so a crash mid-write leaves the old file whole. */
export async function writeLocalPullRecords(gitDir: string, pulls: readonly LocalPullRecord[]): Promise<void> {
  const file = pathOf(gitDir)
  await mkdir(join(gitDir, 'live-minutes'), { recursive: true })
  const scratch = `${file}.${process.pid}.${Date.now()}.tmp`
  await writeFile(scratch, `${JSON.stringify({ pulls }, null, 2)}\n`)
  await rename(scratch, file)
}
