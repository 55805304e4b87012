import * as Y from 'yjs'

/** The plain text of a node of the shared document, marks dropped. */
export function yNodeText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('')
  if (node instanceof Y.XmlElement) return node.toArray().map(yNodeText).join('')
  return ''
}
