import type MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { autolinkCandidates, literalAutolinkAt } from './gfm-autolink-literal'
import type { CoreRule, InlineRule } from './wrap-rule'

/** `markup` of the link tokens made here, as markdown-it's own linkify marks them. */
export const LITERAL_AUTOLINK_MARKUP = 'linkify'

/**
 * GFM does not link bare text inside a `[` that has not been closed yet (it
 * may still become a link label). Escaped brackets do not count.
 */
function insideOpenBracket(text: string, end: number): boolean {
  let depth = 0
  // Only brackets and escapes matter: found by a regular expression, not by visiting every character.
  const brackets = /\\[^]|[[\]]/g
  for (let match = brackets.exec(text); match && match.index < end; match = brackets.exec(text)) {
    if (match[0] === '[') depth++
    else if (match[0] === ']' && depth > 0) depth--
  }
  return depth > 0
}

function pushLink(state: { push: (type: string, tag: string, nesting: -1 | 0 | 1) => Token }, href: string, text: string): void {
  const open = state.push('link_open', 'a', 1)
  open.attrs = [['href', href]]
  open.markup = LITERAL_AUTOLINK_MARKUP
  open.info = 'auto'
  state.push('text', '', 0).content = text
  const close = state.push('link_close', 'a', -1)
  close.markup = LITERAL_AUTOLINK_MARKUP
  close.info = 'auto'
}

/**
 * `http` or `https` (any case) at the end of the text before a `:`, or ''.
 * Only the last five characters are looked at: a `/https?$/` would try every
 * position of a paragraph's text at each of its colons.
 */
function schemeBefore(pending: string): string {
  const tail = pending.slice(-5)
  if (/^https$/i.test(tail)) return tail
  const http = tail.slice(-4)
  return /^http$/i.test(http) ? http : ''
}

/**
 * `http(s)://` links are found while inline parsing, on the raw text, because
 * GFM reads the whole URL before emphasis (`https://x.org/a*b*` is one link).
 * Inline rules only run at special characters, so this one runs at the `:`.
 */
const protocolAutolink: InlineRule = (state, silent) => {
  // markdown-it counts the links it is inside of; its published types omit the field.
  if ((state as typeof state & { linkLevel: number }).linkLevel > 0 || state.src.charCodeAt(state.pos) !== 0x3a /* : */) return false
  const scheme = schemeBefore(state.pending)
  if (scheme === '') return false
  const start = state.pos - scheme.length
  const source = state.src.slice(0, state.posMax)
  const link = literalAutolinkAt(source, start, source[start - 1])
  if (!link || insideOpenBracket(source, start)) return false
  if (!silent) {
    state.pending = state.pending.slice(0, -scheme.length)
    pushLink(state, link.href, source.slice(link.start, link.end))
  }
  state.pos = link.end
  return true
}

/** The source character just before a token's text, as far as GFM's look-behind cares. */
function lastCharOf(token: Token): string | undefined {
  switch (token.type) {
    case 'softbreak':
    case 'hardbreak':
      return '\n'
    case 'code_inline':
      return '`'
    case 'html_inline':
      return '>'
    case 'link_close':
      return token.markup === 'autolink' ? '>' : ')'
    case 'image':
      return ')'
    default:
      return (token.content || token.markup).slice(-1) || undefined
  }
}

/** Unclosed `[` count after `text[from..to)`, starting from `depth`. */
function bracketDepth(text: string, from: number, to: number, depth: number): number {
  const brackets = /[[\]]/g
  brackets.lastIndex = from
  for (let match = brackets.exec(text); match && match.index < to; match = brackets.exec(text)) {
    if (match[0] === '[') depth++
    else if (depth > 0) depth--
  }
  return depth
}

function splitAtLinks(text: string, previous: string | undefined, depthBefore: number, makeToken: (type: string) => Token) {
  // Protocol links were found while inline parsing; what is left needs an `@` or `www.`.
  if (!text.includes('@') && !/www\./i.test(text)) return { tokens: null, depth: bracketDepth(text, 0, text.length, depthBefore) }
  const tokens: Token[] = []
  let depth = depthBefore
  let scanned = 0
  let copied = 0
  for (const start of autolinkCandidates(text)) {
    if (start < copied) continue
    depth = bracketDepth(text, scanned, start, depth)
    scanned = start
    if (depth > 0) continue
    const link = literalAutolinkAt(text, start, start === 0 ? previous : text[start - 1])
    if (!link) continue
    if (link.start > copied) tokens.push(Object.assign(makeToken('text'), { content: text.slice(copied, link.start) }))
    pushLink({ push: (type) => tokens[tokens.push(makeToken(type)) - 1]! }, link.href, text.slice(link.start, link.end))
    copied = link.end
    depth = bracketDepth(text, scanned, link.end, depth)
    scanned = link.end
  }
  depth = bracketDepth(text, scanned, text.length, depth)
  if (copied === 0) return { tokens: null, depth }
  if (copied < text.length) tokens.push(Object.assign(makeToken('text'), { content: text.slice(copied) }))
  return { tokens, depth }
}

/**
 * `www.` and e-mail links are found in the text left after inline parsing:
 * they have no special character markdown-it would stop at.
 */
const wwwAndEmailAutolinks: CoreRule = (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children || (!block.content.includes('@') && !/www\./i.test(block.content))) continue
    const children: Token[] = []
    let previous: string | undefined
    let depth = 0
    let linkLevel = 0
    for (const token of block.children) {
      if (token.type === 'link_open') linkLevel++
      if (token.type === 'link_close') linkLevel--
      if (token.type === 'text' && linkLevel === 0) {
        const split = splitAtLinks(token.content, previous, depth, (type) => new state.Token(type, type.startsWith('link') ? 'a' : '', type === 'link_open' ? 1 : type === 'link_close' ? -1 : 0))
        depth = split.depth
        if (split.tokens) {
          children.push(...split.tokens)
          previous = token.content.slice(-1)
          continue
        }
      }
      children.push(token)
      previous = lastCharOf(token) ?? previous
    }
    block.children = children
  }
}

/** GFM's autolink literals, in place of markdown-it's linkify. */
export function gfmAutolinkLiteral(md: MarkdownIt): void {
  md.set({ linkify: false })
  md.inline.ruler.before('linkify', 'gfm_protocol_autolink', protocolAutolink)
  md.core.ruler.after('inline', 'gfm_autolink_literal', wwwAndEmailAutolinks)
}
