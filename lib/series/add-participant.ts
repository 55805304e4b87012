import * as Y from 'yjs'
import { COLLABORATION_FIELD } from '../markdown/ydoc'
import { yNodeText } from './y-node-text'

const participantsHeading = /\bparticipants\b/i

/** The handles already listed, lower-cased: GitHub handles are case-insensitive. */
function listedHandles(list: Y.XmlElement): Set<string> {
  const handles = new Set<string>()
  for (const item of list.toArray()) {
    const handle = /^\s*@([A-Za-z0-9-]+)/.exec(item instanceof Y.XmlElement ? yNodeText(item) : '')?.[1]
    if (handle) handles.add(handle.toLowerCase())
  }
  return handles
}

function listItem(handle: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(`@${handle}`)])
  const item = new Y.XmlElement('listItem')
  item.insert(0, [paragraph])
  return item
}

/**
 * Lists `handle` under the document's Participants heading, once. Works on the
 * shared document itself so the server can do it for whoever joins; a
 * document without such a heading is left alone (not every meeting keeps a
 * list of who came). Returns whether the document changed.
 */
export function addParticipant(doc: Y.Doc, handle: string): boolean {
  const root = doc.getXmlFragment(COLLABORATION_FIELD)
  const blocks = root.toArray()
  const headingIndex = blocks.findIndex(
    (b) => b instanceof Y.XmlElement && b.nodeName === 'heading' && participantsHeading.test(yNodeText(b)),
  )
  if (headingIndex < 0) return false
  const next = blocks[headingIndex + 1]
  const list = next instanceof Y.XmlElement && next.nodeName === 'bulletList' ? next : null
  if (list && listedHandles(list).has(handle.toLowerCase())) return false
  doc.transact(() => {
    if (list) {
      list.push([listItem(handle)])
    } else {
      const created = new Y.XmlElement('bulletList')
      created.setAttribute('tight', true as unknown as string)
      created.insert(0, [listItem(handle)])
      root.insert(headingIndex + 1, [created])
    }
  })
  return true
}
