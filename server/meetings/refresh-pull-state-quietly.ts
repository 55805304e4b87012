import type { DocStore } from '../collab/doc-store'
import type { Db } from '../db/client'
import type { MeetingExportSettings } from './prepare-meeting-export'
import { refreshPullState, type PullState } from './refresh-pull-state'

/**
 * refreshPullState for a page load: an open pull request is looked up (it may
 * have been merged or closed on GitHub since), within `timeoutMs`; when
 * GitHub is slow, unreachable or refuses, the page shows what was recorded
 * rather than fail or wait. Merged and closed ones are not asked about again.
 */
export async function refreshPullStateQuietly(
  db: Db,
  store: Pick<DocStore, 'load'>,
  meeting: { id: string; prState: string | null; lockedAt: Date | null },
  settings: MeetingExportSettings,
  timeoutMs = 3000,
): Promise<PullState> {
  const recorded = { prState: meeting.prState as PullState['prState'], lockedAt: meeting.lockedAt }
  if (meeting.prState !== 'open') return recorded
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)))
  try {
    return (await Promise.race([refreshPullState(db, store, meeting.id, settings), late])) ?? recorded
  } catch (error) {
    console.warn(`could not refresh the pull request state of meeting ${meeting.id}:`, error instanceof Error ? error.message : error)
    return recorded
  } finally {
    clearTimeout(timer)
  }
}
