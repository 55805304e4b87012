import * as Y from 'yjs'
import { yDocToMarkdown } from '../../lib/markdown/ydoc'
import type { DocStore } from '../collab/doc-store'

/**
 * A meeting's minutes in the repository format, from what the store holds.
 * The collaboration server stores every update before anyone is told of it, so
 * this is everything any participant has seen confirmed: what Download, Copy
 * and the exporter must all agree on.
 */
export async function readMeetingMarkdown(store: Pick<DocStore, 'load'>, meetingId: string): Promise<string> {
  const doc = new Y.Doc()
  try {
    const updates = await store.load(meetingId)
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    return yDocToMarkdown(doc)
  } finally {
    doc.destroy()
  }
}
