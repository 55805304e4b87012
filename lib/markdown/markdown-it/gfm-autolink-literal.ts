/**
 * Where GitHub Flavored Markdown turns bare text into a link (the
 * "autolinks (extension)" of the GFM spec, as micromark-extension-gfm
 * implements it, which is what renders the minutes on GitHub). markdown-it's
 * own linkify follows different rules (linkify-it), so links would appear or
 * vanish between the editor and GitHub; this module only decides extents, the
 * tokens are still markdown-it's.
 */

export interface LiteralAutolink {
  start: number
  end: number
  /** The link target: `http://` is added to `www.` links and `mailto:` to e-mail addresses. */
  href: string
}

const TRAIL = new Set(['!', '"', "'", ')', '*', ',', '.', ':', ';', '?', '_', '~'])
const PATH_STOPPERS = new Set(['!', '"', '&', "'", ')', '*', ',', '.', ':', ';', '<', '?', ']', '_', '~'])
const WWW_PREVIOUS = new Set(['(', '*', '_', '[', ']', '~'])

const isAsciiAlpha = (ch: string | undefined) => ch !== undefined && ch.length === 1 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
const isAsciiAlphanumeric = (ch: string | undefined) => isAsciiAlpha(ch) || (ch !== undefined && ch.length === 1 && ch >= '0' && ch <= '9')
const isWhitespace = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || (ch > '~' && /^\s$/u.test(ch))
const isPunctuation = (ch: string) => /^[\p{P}\p{S}]$/u.test(ch)
const isControl = (ch: string) => ch.length === 1 && (ch < ' ' || ch === '\x7f')
const isEmailText = (ch: string | undefined) => isAsciiAlphanumeric(ch) || ch === '+' || ch === '-' || ch === '.' || ch === '_'

/** The character (a whole code point) at `index`, or undefined past the end. */
function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined
  const code = text.codePointAt(index)!
  return String.fromCodePoint(code)
}

/** Whether `text` from `index` is punctuation that ends a link rather than belongs to it. */
function isTrail(text: string, index: number): boolean {
  let i = index
  for (;;) {
    const ch = text[i]
    if (ch === undefined || ch === '<' || isWhitespace(ch)) return true
    if (TRAIL.has(ch)) {
      i++
    } else if (ch === '&') {
      i++
      if (!isAsciiAlpha(text[i])) return false
      while (isAsciiAlpha(text[i])) i++
      if (text[i] !== ';') return false
      i++
    } else if (ch === ']') {
      i++
      const next = text[i]
      if (next === undefined || next === '(' || next === '[' || isWhitespace(next)) return true
    } else {
      return false
    }
  }
}

/** ASCII punctuation and symbols: every printable ASCII character that is neither a letter, a digit nor a space. */
const isAsciiPunctuation = (code: number) => (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)

function domainEnd(text: string, index: number): number {
  let i = index
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  for (;;) {
    // ASCII decided without building a character or testing Unicode classes: nearly every domain is ASCII.
    const code = text.charCodeAt(i)
    if (code < 0x80 && code !== 0x2e /* . */ && code !== 0x5f /* _ */) {
      if (code === 0x20 || code === 0x0a || code === 0x09 || (code !== 0x2d /* - */ && isAsciiPunctuation(code))) break
      seen = true
      i++
      continue
    }
    const ch = charAt(text, i)
    if (ch === '.' || ch === '_') {
      if (isTrail(text, i)) break
      if (ch === '_') underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      i++
      continue
    }
    if (ch === undefined || isWhitespace(ch) || (ch !== '-' && isPunctuation(ch))) break
    seen = true
    i += ch.length
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i
}

function pathEnd(text: string, index: number): number {
  let i = index
  let opened = 0
  let closed = 0
  for (;;) {
    const code = text.charCodeAt(i)
    // Letters, digits and the ASCII that neither ends nor nests a path: taken as they come.
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2f /* / */ || code === 0x2d /* - */ || code === 0x3d /* = */ || code === 0x23 /* # */) {
      i++
      continue
    }
    const ch = charAt(text, i)
    if (ch === undefined || isWhitespace(ch)) return i
    if (ch === '(') opened++
    else if (ch === ')' && closed < opened) closed++
    else if (PATH_STOPPERS.has(ch)) {
      if (isTrail(text, i)) return i
      if (ch === ')') closed++
    }
    i += ch.length
  }
}

function protocolLinkEnd(text: string, start: number): number {
  const scheme = /^https?:\/\//i.exec(text.slice(start, start + 8))
  if (!scheme) return -1
  const afterScheme = start + scheme[0].length
  const first = charAt(text, afterScheme)
  if (first === undefined || isControl(first) || isWhitespace(first) || isPunctuation(first)) return -1
  const domain = domainEnd(text, afterScheme)
  return domain < 0 ? -1 : pathEnd(text, domain)
}

function wwwLinkEnd(text: string, start: number): number {
  if (text.slice(start, start + 4).toLowerCase() !== 'www.' || start + 4 >= text.length) return -1
  const domain = domainEnd(text, start)
  return domain < 0 ? -1 : pathEnd(text, domain)
}

function emailLinkEnd(text: string, start: number): number {
  let i = start
  while (isEmailText(text[i])) i++
  if (i === start || text[i] !== '@') return -1
  i++
  let dot = false
  let data = false
  for (;;) {
    const ch = text[i]
    if (ch === '.' && isAsciiAlphanumeric(text[i + 1])) {
      dot = true
      i++
    } else if (ch === '-' || ch === '_' || isAsciiAlphanumeric(ch)) {
      data = true
      i++
    } else break
  }
  return data && dot && isAsciiAlpha(text[i - 1]) ? i : -1
}

/**
 * The literal autolink starting at `start`, if any. `previous` is the character
 * before it (undefined at the start of the text), which GFM looks at.
 */
export function literalAutolinkAt(text: string, start: number, previous: string | undefined): LiteralAutolink | null {
  const ch = text[start]
  if (isEmailText(ch) && !(previous === '/' || isEmailText(previous))) {
    const end = emailLinkEnd(text, start)
    if (end > 0) return { start, end, href: `mailto:${text.slice(start, end)}` }
  }
  if ((ch === 'h' || ch === 'H') && !isAsciiAlpha(previous)) {
    const end = protocolLinkEnd(text, start)
    if (end > 0) return { start, end, href: text.slice(start, end) }
  }
  if ((ch === 'w' || ch === 'W') && (previous === undefined || WWW_PREVIOUS.has(previous) || isWhitespace(previous))) {
    const end = wwwLinkEnd(text, start)
    if (end > 0) return { start, end, href: `http://${text.slice(start, end)}` }
  }
  return null
}

/**
 * The positions where a literal autolink could start, ascending: the start of
 * each run of e-mail characters before an `@`, each `www.` and `http`. Far
 * fewer than the characters of the text, which is what makes scanning cheap.
 */
export function autolinkCandidates(text: string): number[] {
  const candidates = new Set<number>()
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && isEmailText(text[start - 1])) start--
    if (start < at) candidates.add(start)
  }
  for (const match of text.matchAll(/www\.|https?:\/\//gi)) candidates.add(match.index)
  return [...candidates].sort((a, b) => a - b)
}
