import type MarkdownIt from 'markdown-it'
import { wrapRule, type InlineRule } from './wrap-rule'

/**
 * The inline rules the minutes' tokenizer runs, and the characters each can
 * start at. Text runs stop only at these: markdown-it's own text rule also
 * stops at characters it keeps for extensions (`#`, `-`, `@`, `=`, …), where
 * here every rule would be tried and fail. `]` ends a link label, which
 * markdown-it looks for at the positions between tokens.
 */
export const INLINE_RULE_STARTS: Readonly<Record<string, string>> = {
  newline: '\n',
  escape: '\\',
  backticks: '`',
  strikethrough: '~',
  emphasis: '*_',
  link: '[]',
  image: '!',
  footnote_ref: '[',
  autolink: '<',
  html_inline: '<',
  entity: '&',
  // lib/markdown/markdown-it/gfm-autolink-plugin.ts: `http(s)` before the colon is in the text already.
  gfm_protocol_autolink: ':',
}

const escapeForClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&')

/** A run of characters at which none of those rules starts. */
const TEXT_RUN = new RegExp(`[^${escapeForClass([...new Set(Object.values(INLINE_RULE_STARTS).join(''))].join(''))}]+`, 'y')

/**
 * markdown-it's `text` rule, scanning with a sticky regular expression instead
 * of a loop over character codes: the regular expression runs as machine code
 * from the first file, where the loop runs in V8's interpreter for the whole
 * of a short CLI run and was the parser's costliest function. The tokens are
 * the same (tested on the corpus): text between rules ends up in one text
 * token either way.
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
