import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { startsLikeBlockSyntax } from './escape'

/**
 * Anything escapePositions or the line writer could act on inside a line:
 * characters that may need a backslash, delimiter runs, autolink literals,
 * line breaks and tabs.
 */
const MAY_NEED_ESCAPING = /[\\`[\]<&!*_~@\n\t]|:\/\/|www\./i

/**
 * The Markdown of a paragraph that is one run of plain text in which nothing
 * could read as syntax (most list items of minutes): the text without the
 * spaces around it, which Markdown would drop. Null for every other
 * textblock, which goes through the inline writer's per-character
 * machinery; both give the same line (tested on the corpus).
 */
export function plainLine(block: ProseMirrorNode, heading: boolean): string | null {
  if (heading || block.childCount !== 1) return null
  const only = block.firstChild!
  if (!only.isText || only.marks.length > 0) return null
  const text = only.text!.replace(/^ +| +$/g, '')
  return text === '' || MAY_NEED_ESCAPING.test(text) || startsLikeBlockSyntax(text) ? null : text
}
