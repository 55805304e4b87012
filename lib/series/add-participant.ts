import * as Y from 'yjs'
import { participantAttrs, participantsHeading } from '../editor/nodes/participants'
import { COLLABORATION_FIELD } from '../markdown/ydoc'
import { yNodeText } from './y-node-text'

/** The handles already listed, lower-cased: GitHub handles are case-insensitive. */
function listedHandles(list: Y.XmlElement): Set<string> {
  const handles = new Set<string>()
  for (const item of list.toArray()) {
    const handle = item instanceof Y.XmlElement ? participantAttrs(yNodeText(item)).handle : null
    if (handle) handles.add(handle.toLowerCase())
  }
  return handles
}

/** One line `@handle`, as a participant node or, in a list that is more than that, a plain list item. */
function item(name: 'participant' | 'listItem', handle: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(`@${handle}`)])
  const element = new Y.XmlElement(name)
  if (name === 'participant') element.setAttribute('handle', handle)
  element.insert(0, [paragraph])
  return element
}

/**
 * Lists `handle` in the participants node under the document's Participants
 * heading, once, starting the node when the heading has none. Works on the
 * shared document itself so the server can do it for whoever joins; a
 * document without such a heading is left alone (not every meeting keeps a
 * list of who came), and a richer list there (people grouped by company)
 * gets a plain item. Returns whether the document changed.
 */
export function addParticipant(doc: Y.Doc, handle: string): boolean {
  const root = doc.getXmlFragment(COLLABORATION_FIELD)
  const blocks = root.toArray()
  const headingIndex = blocks.findIndex(
    (b) => b instanceof Y.XmlElement && (b.nodeName === 'heading' || b.nodeName === 'agendaItem') && participantsHeading.test(yNodeText(b)),
  )
  if (headingIndex < 0) return false
  const next = blocks[headingIndex + 1]
  const list = next instanceof Y.XmlElement && (next.nodeName === 'participants' || next.nodeName === 'bulletList') ? next : null
  if (list && listedHandles(list).has(handle.toLowerCase())) return false
  doc.transact(() => {
    if (list) {
      list.push([item(list.nodeName === 'participants' ? 'participant' : 'listItem', handle)])
    } else {
      const created = new Y.XmlElement('participants')
      created.setAttribute('tight', true as unknown as string)
      created.insert(0, [item('participant', handle)])
      root.insert(headingIndex + 1, [created])
    }
  })
  return true
}
