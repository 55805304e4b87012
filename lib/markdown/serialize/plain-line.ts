import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { startsLikeBlockSyntax } from './escape'
import { withoutTrailingPunctuation } from './heading-punctuation'

/**
 * Anything escapePositions or the line writer could act on inside a line:
 * characters that may need a backslash, delimiter runs, autolink literals
 * (an `@` right after a character of an e-mail address), line breaks, tabs,
 * and `#`, which could close an ATX heading.
 */
const MAY_NEED_ESCAPING = /[\\`[\]<&!*_~\n\t#]|[A-Za-z0-9.+-]@|:\/\/|www\./i

/**
 * The Markdown of a paragraph or ATX heading that is one run of plain text in
 * which nothing could read as syntax (most list items and headings of
 * minutes), written without the inline writer's per-character machinery:
 * the text without the spaces around it, which Markdown would drop, and a
 * heading's without its trailing punctuation. Null for every other
 * textblock, which the inline writer handles; both give the same line
 * (tested on the corpus).
 */
export function plainLine(block: ProseMirrorNode, heading?: 'atx' | 'setext'): string | null {
  if (heading === 'setext' || block.childCount !== 1) return null
  const only = block.firstChild!
  if (!only.isText || only.marks.length > 0) return null
  let text = only.text!
  if (heading === 'atx') text = withoutTrailingPunctuation(text) || text
  text = text.replace(/^ +| +$/g, '')
  if (text === '' || MAY_NEED_ESCAPING.test(text)) return null
  // An ATX heading's text follows `## `: nothing in it starts a line.
  return heading === 'atx' || !startsLikeBlockSyntax(text) ? text : null
}
