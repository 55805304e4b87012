import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { minutesSchema } from '../editor/schema'
import { linkBareAddresses } from './link-bare-addresses'
import { parseMarkdown } from './parse'
import { serializeMarkdown } from './serialize'

/** The shared type the Collaboration extension edits (its `field` option). */
export const COLLABORATION_FIELD = 'default'

/** A Yjs update that fills an empty document's `default` fragment with the minutes in `markdown`. */
export function markdownToYUpdate(markdown: string): Uint8Array {
  const ydoc = new Y.Doc()
  prosemirrorToYXmlFragment(parseMarkdown(markdown), ydoc.getXmlFragment(COLLABORATION_FIELD))
  return Y.encodeStateAsUpdate(ydoc)
}

/** The minutes held by a collaborative document, in the repository format; addresses typed as text are links there. */
export function yDocToMarkdown(ydoc: Y.Doc): string {
  return serializeMarkdown(linkBareAddresses(yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(COLLABORATION_FIELD), minutesSchema)))
}
