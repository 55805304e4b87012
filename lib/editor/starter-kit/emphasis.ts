import type { MarkMarkdown } from '../markdown-rule'

const delimited = (token: string, delimiter: string): MarkMarkdown => ({
  parse: { tokens: { [token]: { kind: 'mark' } } },
  open: () => delimiter,
  close: () => delimiter,
  flanking: true,
})

/** `*` for both, so emphasis also works inside words, as `_` does not. */
export const boldMarkdown = delimited('strong', '**')
export const italicMarkdown = delimited('em', '*')
export const strikeMarkdown = delimited('s', '~~')
