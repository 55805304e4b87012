import * as linkHelpers from 'markdown-it/lib/helpers/index.mjs'
import { autolinkCandidates, literalAutolinkAt } from '../markdown-it/gfm-autolink-literal'

/**
 * Which characters of a textblock's Markdown need a backslash. The text is
 * written as the user typed it, and a character is escaped only where it
 * would otherwise be read as syntax, so minutes stay readable (`@handles`,
 * `:emoji:`, `snake_case`, `2 * 3` come out as they went in).
 */

/** Per character: written as is (syntax), or text, or text inside a link's label. */
export const enum CharKind {
  Syntax = 0,
  Text = 1,
  LinkText = 2,
}

/** Normalised labels of the link and footnote definitions in a document, as far as escaping asks. */
export type DefinitionLabels = Pick<ReadonlySet<string>, 'has'>

export interface EscapeContext {
  /** The first line follows `## `: line-start rules do not apply to it. */
  atxHeading: boolean
  /** Normalised labels of the link and footnote definitions in the document. */
  definitions: DefinitionLabels
  /** Lines start at column 0 (top level), where markdownlint takes `#tag` for a heading missing its space. */
  columnZero: boolean
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/
const isAsciiPunctuation = (ch: string | undefined) => ch !== undefined && ASCII_PUNCTUATION.test(ch)
const isWhitespace = (ch: string | undefined) => ch === undefined || /^\s$/u.test(ch)
const isPunctuation = (ch: string | undefined) => ch !== undefined && /^[\p{P}\p{S}]$/u.test(ch)
const ENTITY_AHEAD = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/

export const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase()

/** The code point before `index` (a whole surrogate pair). */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined
  const code = text.codePointAt(index - 1)!
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return String.fromCodePoint(text.codePointAt(index - 2)!)
  return String.fromCodePoint(code)
}

function charAfter(text: string, index: number): string | undefined {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : undefined
}

interface DelimiterRun {
  start: number
  end: number
  literal: boolean
  canOpen: boolean
  canClose: boolean
}

/** Emphasis and strikethrough delimiter runs of `char`, classified as CommonMark does. */
function delimiterRuns(text: string, kinds: Uint8Array, char: string, escape: Set<number>): DelimiterRun[] {
  const runs: DelimiterRun[] = []
  for (let i = text.indexOf(char); i !== -1 && i < text.length; i = text.indexOf(char, i + 1)) {
    let end = i
    while (text[end] === char) end++
    let syntax = false
    for (let j = i; j < end; j++) if (kinds[j] === CharKind.Syntax) syntax = true
    // Text glued to a delimiter of ours would change its length: always escaped.
    if (syntax) for (let j = i; j < end; j++) if (kinds[j] !== CharKind.Syntax) escape.add(j)
    const before = charBefore(text, i)
    const after = charAfter(text, end)
    const left = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before))
    const right = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after))
    const underscore = char === '_'
    runs.push({
      start: i,
      end,
      literal: !syntax,
      canOpen: underscore ? left && (!right || isPunctuation(before)) : left,
      canClose: underscore ? right && (!left || isPunctuation(after)) : right,
    })
    i = end - 1
  }
  return runs
}

/** Escapes literal runs that could pair with another run into emphasis or strikethrough. */
function escapeDelimiterRuns(text: string, kinds: Uint8Array, escape: Set<number>): void {
  for (const char of ['*', '_', '~']) {
    if (!text.includes(char)) continue
    const runs = delimiterRuns(text, kinds, char, escape)
    runs.forEach((run, index) => {
      if (!run.literal) return
      // A single `~` is GFM-only strikethrough; markdown-it keeps it as text, so it is left as typed.
      if (char === '~' && run.end - run.start < 2) return
      const closerAfter = run.canOpen && runs.some((other, j) => j > index && other.canClose)
      const openerBefore = run.canClose && runs.some((other, j) => j < index && other.canOpen)
      if (closerAfter || openerBefore) for (let j = run.start; j < run.end; j++) escape.add(j)
    })
    if (char !== '~') escapeLookalikePairs(text, runs, escape)
  }
}

/**
 * markdownlint pairs bare runs of the same marker in order and flags a pair
 * with space inside (MD037: `** a ** b`), though neither is emphasis: such
 * pairs are escaped too.
 */
function escapeLookalikePairs(text: string, runs: DelimiterRun[], escape: Set<number>): void {
  const bare = runs.filter((run) => run.literal && run.end - run.start <= 3 && !escape.has(run.start))
  for (const length of [1, 2, 3]) {
    const same = bare.filter((run) => run.end - run.start === length)
    for (let i = 0; i + 1 < same.length; i += 2) {
      const [open, close] = [same[i]!, same[i + 1]!]
      const lineEnd = text.indexOf('\n', open.end)
      const after = text.slice(open.end, lineEnd === -1 ? undefined : lineEnd)
      const before = text.slice(text.lastIndexOf('\n', close.start - 1) + 1, close.start)
      if (/^\s+\S/.test(after) || /\S\s+$/.test(before)) {
        for (const run of [open, close]) for (let j = run.start; j < run.end; j++) escape.add(j)
      }
    }
  }
}

/** First characters of the block openers escapeLineStart looks for, digits aside. */
const LINE_OPENERS = new Set(['#', '>', '-', '+', '*', '_', '~', '[', '='])

/** Whether `line`'s first character is one that a block construct (heading, list, quote, rule, fence, definition) can start with. */
export function startsLikeBlockSyntax(line: string): boolean {
  const first = line[0]
  return first !== undefined && (LINE_OPENERS.has(first) || (first >= '0' && first <= '9'))
}

/** Rules for the first character of a line, which could open a block. */
function escapeLineStart(text: string, kinds: Uint8Array, at: number, continuation: boolean, context: EscapeContext, escape: Set<number>): void {
  let i = at
  while (text[i] === ' ' || text[i] === '\t') i++
  if (kinds[i] === CharKind.Syntax || i >= text.length) return
  // Most lines start with a letter, which opens nothing: the patterns below are for the rest.
  if (!startsLikeBlockSyntax(text.slice(i, i + 1))) return
  const lineEnd = text.indexOf('\n', i)
  const line = text.slice(i, lineEnd === -1 ? undefined : lineEnd)
  const ch = line[0]!
  if (
    /^#{1,6}(?:[ \t]|$)/.test(line) ||
    ch === '>' ||
    /^[-+*](?:[ \t]|$)/.test(line) ||
    /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line) ||
    /^~{3,}/.test(line) ||
    /^\[\^?(?:[^\]\\\n]|\\.)+\]:/.test(line) ||
    (continuation && /^(?:=+|-+)[ \t]*$/.test(line)) ||
    (context.columnZero && /^#+[^# \t]/.test(line) && !/#\s*$/.test(line))
  ) {
    escape.add(i)
    return
  }
  const ordered = /^(\d{1,9})[.)](?:[ \t]|$)/.exec(line)
  if (ordered) escape.add(i + ordered[1]!.length)
}

/** Text that GFM would turn into a link although the document has none there. */
function escapeAutolinkLiterals(text: string, kinds: Uint8Array, escape: Set<number>): void {
  if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return
  let covered = 0
  for (const start of autolinkCandidates(text)) {
    if (start < covered || kinds[start] !== CharKind.Text) continue
    // GFM does not link inside a `[` not closed yet, and neither does the parser.
    if (insideOpenBracket(text, kinds, start)) continue
    const link = literalAutolinkAt(text, start, text[start - 1])
    if (!link) continue
    covered = link.end
    let allText = true
    for (let j = link.start; j < link.end; j++) if (kinds[j] !== CharKind.Text) allText = false
    if (!allText) continue
    const span = text.slice(link.start, link.end)
    const breaker = link.href.startsWith('mailto:') ? span.indexOf('@') : /^www\./i.test(span) ? 3 : span.indexOf(':')
    escape.add(link.start + breaker)
  }
}

function insideOpenBracket(text: string, kinds: Uint8Array, end: number): boolean {
  let depth = 0
  for (let i = 0; i < end; i++) {
    if (kinds[i] !== CharKind.Text) continue
    if (text[i] === '[') depth++
    else if (text[i] === ']' && depth > 0) depth--
  }
  return depth > 0
}

/** Whether `(…)` at `open` is a link's destination and title, as after `[text]`. */
function linkTailAt(text: string, open: number): boolean {
  const max = text.length
  const skipSpace = (at: number) => {
    while (at < max && /[ \t\n]/.test(text[at]!)) at++
    return at
  }
  let at = skipSpace(open + 1)
  if (text[at] === ')') return true
  const destination = linkHelpers.parseLinkDestination(text, at, max)
  if (!destination.ok) return false
  at = skipSpace(destination.pos)
  if (text[at] === ')') return true
  const title = linkHelpers.parseLinkTitle(text, at, max)
  if (!title.ok) return false
  return text[skipSpace(title.pos)] === ')'
}

/** The label between `[` at `open` and the next unescaped `]`, if any. */
function labelAt(text: string, open: number): string | null {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '[') return null
    else if (text[i] === ']') return text.slice(open + 1, i)
  }
  return null
}

/** Positions in `text` that need a backslash before them. */
export function escapePositions(text: string, kinds: Uint8Array, context: EscapeContext): Set<number> {
  const escape = new Set<number>()
  const special = /[\\`[\]<&!]/g
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const i = match.index
    const kind = kinds[i]
    if (kind === CharKind.Syntax) continue
    const ch = text[i]
    const next = text[i + 1]
    switch (ch) {
      case '\\':
        if (isAsciiPunctuation(next) || next === '\n') escape.add(i)
        break
      case '`':
        escape.add(i)
        break
      case '[': {
        const label = labelAt(text, i)
        if (kind === CharKind.LinkText || (label !== null && context.definitions.has(normalizeLabel(label)))) escape.add(i)
        break
      }
      case ']':
        if (kind === CharKind.LinkText || next === '[' || (next === '(' && linkTailAt(text, i + 1))) escape.add(i)
        break
      case '<':
        if (next !== undefined && /[A-Za-z/!?]/.test(next)) escape.add(i)
        break
      case '&':
        if (ENTITY_AHEAD.test(text.slice(i, i + 40))) escape.add(i)
        break
      case '!':
        if (next === '[' && kinds[i + 1] === CharKind.Syntax) escape.add(i)
        break
    }
  }
  escapeDelimiterRuns(text, kinds, escape)
  escapeAutolinkLiterals(text, kinds, escape)
  if (!context.atxHeading) escapeLineStart(text, kinds, 0, false, context, escape)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) escapeLineStart(text, kinds, i + 1, true, context, escape)
  if (context.atxHeading) {
    // A closing `#` sequence would be dropped from the heading.
    const closing = /(?:^|[ \t])(#+)[ \t]*$/.exec(text)
    if (closing) {
      const at = closing.index + closing[0].indexOf('#')
      if (kinds[at] !== CharKind.Syntax) escape.add(at)
    }
  }
  return escape
}
