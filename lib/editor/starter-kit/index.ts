import type { MarkMarkdown, NodeMarkdown } from '../markdown-rule'
import { blockquoteMarkdown } from './blockquote'
import { bulletListMarkdown } from './bullet-list'
import { codeBlockMarkdown } from './code-block'
import { documentMarkdown } from './document'
import { boldMarkdown, italicMarkdown, strikeMarkdown } from './emphasis'
import { hardBreakMarkdown } from './hard-break'
import { headingMarkdown } from './heading'
import { horizontalRuleMarkdown } from './horizontal-rule'
import { linkMarkdown } from './link'
import { listItemMarkdown } from './list-item'
import { orderedListMarkdown } from './ordered-list'
import { paragraphMarkdown } from './paragraph'

/** Markdown of StarterKit's nodes, which are Tiptap's and so cannot carry the rule themselves. */
export const starterKitNodeMarkdown: Readonly<Record<string, NodeMarkdown>> = {
  doc: documentMarkdown,
  paragraph: paragraphMarkdown,
  heading: headingMarkdown,
  blockquote: blockquoteMarkdown,
  bulletList: bulletListMarkdown,
  orderedList: orderedListMarkdown,
  listItem: listItemMarkdown,
  codeBlock: codeBlockMarkdown,
  horizontalRule: horizontalRuleMarkdown,
  hardBreak: hardBreakMarkdown,
}

export const starterKitMarkMarkdown: Readonly<Record<string, MarkMarkdown>> = {
  bold: boldMarkdown,
  italic: italicMarkdown,
  strike: strikeMarkdown,
  link: linkMarkdown,
}
