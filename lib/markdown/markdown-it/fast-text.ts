import type MarkdownIt from 'markdown-it'
import { wrapRule, type InlineRule } from './wrap-rule'

/**
 * A run of characters that start no inline construct: markdown-it's own
 * terminator list (rules_inline/text.mjs), as a character class.
 */
const TEXT_RUN = /[^\n!#$%&*+\-:<=>@[\\\]^_`{}~]+/y

/**
 * markdown-it's `text` rule, scanning with a sticky regular expression instead
 * of a loop over character codes. Same tokens; the regular expression runs as
 * machine code from the first file, where the loop runs in V8's interpreter
 * for the whole of a short CLI run and was the parser's costliest function.
 */
const scanText: InlineRule = (state, silent) => {
  TEXT_RUN.lastIndex = state.pos
  if (!TEXT_RUN.test(state.src)) return false
  const end = Math.min(TEXT_RUN.lastIndex, state.posMax)
  if (end <= state.pos) return false
  if (!silent) state.pending += state.src.slice(state.pos, end)
  state.pos = end
  return true
}

export function fastText(md: MarkdownIt): void {
  wrapRule<InlineRule>(md.inline.ruler, 'text', () => scanText)
}
