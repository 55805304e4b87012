import * as Y from 'yjs'
import { yDocToMarkdown } from '../../lib/markdown'
import { PrismaDocStore } from '../collab/prisma-doc-store'
import type { Db } from '../db/client'

/**
 * A meeting's minutes as last saved. The collaboration server saves before it
 * shares, so this is at least what anyone has seen, even while the meeting is live.
 */
export async function readMeetingMarkdown(db: Db, meetingId: string): Promise<string> {
  const doc = new Y.Doc()
  try {
    for (const update of await new PrismaDocStore(db).load(meetingId)) Y.applyUpdate(doc, update)
    return yDocToMarkdown(doc)
  } finally {
    doc.destroy()
  }
}
