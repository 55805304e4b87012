import type { NodeMarkdown } from '../markdown-rule'

/** A backslash rather than two trailing spaces, which lint and editors strip. */
export const hardBreakMarkdown: NodeMarkdown = {
  parse: { tokens: { hardbreak: { kind: 'leaf' } } },
  inline: () => ({ markdown: '\\\n' }),
}
