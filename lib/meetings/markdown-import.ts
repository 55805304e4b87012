// What an imported Markdown file must be, and what a meeting made from it is
// called by default. Shared by the import form (which checks before sending)
// and the server (which must not trust the form).
// The parser's own module, not lib/markdown's index: these run in the browser,
// and the index also brings the lint config loader, which needs node:fs.
import { parseMarkdown } from '../markdown/parse'
import { isCalendarDay } from './calendar-day'

/** Larger than any minutes we know of by two orders of magnitude, small enough to parse in a request. */
export const maxImportBytes = 5 * 1024 * 1024

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length
}

// Control characters other than tab, line feed, form feed and carriage return
// do not occur in text people write; a handful of them means a binary file.
const binaryCharacter = /[\u0000-\u0008\u000B\u000E-\u001F]/
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Why `text` is not Markdown one could import, or null when it is. */
export function describeNotText(text: string): string | null {
  if (binaryCharacter.test(text)) return 'this is not a text file (it contains binary data)'
  // JSON can carry half of a UTF-16 pair, which has no UTF-8 encoding.
  if (loneSurrogate.test(text)) return 'the text is not valid Unicode'
  if (utf8Length(text) > maxImportBytes) return `the Markdown is larger than ${maxImportBytes / 1024 / 1024} MB`
  return null
}

/**
 * Bytes read from a file as UTF-8 text, or the reason they are not. Decoding is
 * strict: a file in another encoding is refused rather than imported garbled.
 */
export function decodeMarkdownFile(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length > maxImportBytes) return { error: `the file is larger than ${maxImportBytes / 1024 / 1024} MB` }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { error: 'this is not a UTF-8 text file' }
  }
  const problem = describeNotText(text)
  return problem ? { error: problem } : { text: text.replace(/^\uFEFF/, '') }
}

const isoDateInText = /\b(\d{4})-(\d{2})-(\d{2})\b/g

/** The first real calendar day written as YYYY-MM-DD in `text`. */
export function firstIsoDate(text: string): string | undefined {
  for (const [found] of text.matchAll(isoDateInText)) {
    if (isCalendarDay(found)) return found
  }
  return undefined
}

/** Text of the document's first heading, as the codec reads it (ATX or setext, not in code). */
export function firstHeadingText(markdown: string): string | undefined {
  let text: string | undefined
  parseMarkdown(markdown).descendants((node) => {
    if (text !== undefined) return false
    if (node.type.name === 'heading') {
      text = node.textContent.trim()
      return false
    }
    return true
  })
  return text
}

export interface ImportDefaults {
  title: string
  date: string | undefined
}

/**
 * Minutes files are usually headed by their date alone ("# 2024-07-24") and
 * named after it, so the title falls back from the heading's words to the file
 * name; the form shows it for the person to correct.
 */
export function importDefaults(markdown: string, fileName?: string): ImportDefaults {
  const heading = firstHeadingText(markdown)
  const date = heading === undefined ? undefined : firstIsoDate(heading)
  const headingWords = heading
    ?.replace(isoDateInText, '')
    .replace(/^[\s\-–—:,|]+|[\s\-–—:,|]+$/g, '')
    .trim()
  const fileTitle = fileName?.replace(/\.(md|markdown|txt)$/i, '').trim()
  const title = headingWords || fileTitle || heading || ''
  return { title: title.slice(0, 200), date }
}
