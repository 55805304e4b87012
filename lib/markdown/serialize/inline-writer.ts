import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { MarkMarkdown } from '../../editor/markdown-rule'
import type { MarkdownCodec } from '../codec'
import { CharKind, escapePositions, type DefinitionLabels } from './escape'
import { withoutTrailingPunctuation } from './heading-punctuation'
import { plainLine } from './plain-line'

export interface InlineOptions {
  /** Column where continuation lines start, when only spaces precede them (null inside blockquotes). */
  width: number | null
  heading?: 'atx' | 'setext'
  definitions: DefinitionLabels
}

interface Item {
  node: ProseMirrorNode
  marks: readonly Mark[]
}

const isBreak = (node: ProseMirrorNode) => node.type.name === 'softBreak' || node.type.name === 'hardBreak'

/** The textblock's children, without breaks at its ends or doubled breaks, which Markdown cannot hold. */
function itemsOf(block: ProseMirrorNode, heading: boolean): Item[] {
  const items: Item[] = []
  block.forEach((node) => {
    const previous = items[items.length - 1]
    if (isBreak(node) && (!previous || (node.type.name === 'softBreak' && isBreak(previous.node)))) return
    items.push({ node, marks: node.marks })
  })
  while (items.length > 0 && isBreak(items[items.length - 1]!.node)) items.pop()
  if (heading) stripTrailingPunctuation(items, block)
  return items
}

/** Headings lose trailing punctuation (a pad's `## Agenda:`), unless nothing would be left. */
function stripTrailingPunctuation(items: Item[], block: ProseMirrorNode): void {
  const last = items[items.length - 1]
  if (!last?.node.isText || last.marks.some((mark) => mark.type.name === 'code')) return
  const stripped = withoutTrailingPunctuation(last.node.text!)
  if (stripped === null || (stripped === '' && items.length === 1)) return
  if (stripped === '') items.pop()
  else items[items.length - 1] = { node: block.type.schema.text(stripped, last.marks), marks: last.marks }
}

/** Accumulates Markdown with, per character, whether it is syntax or text (for escaping). */
class InlineBuffer {
  private readonly parts: string[] = []
  private readonly partKinds: CharKind[] = []
  private length = 0
  /** Column requested for the line after the line break at a position. */
  readonly lineIndents = new Map<number, number>()

  add(text: string, kind: CharKind): void {
    if (text === '') return
    this.parts.push(text)
    this.partKinds.push(kind)
    this.length += text.length
  }

  addBreak(markdown: string, lineIndent: number | null | undefined): void {
    if (typeof lineIndent === 'number' && markdown.includes('\n')) this.lineIndents.set(this.length + markdown.lastIndexOf('\n'), lineIndent)
    this.add(markdown, CharKind.Syntax)
  }

  /** The Markdown written so far and, per character, what kind it is. */
  finish(): { text: string; kinds: Uint8Array } {
    const kinds = new Uint8Array(this.length)
    // Most textblocks are one run of plain text.
    if (this.parts.length === 1) return { text: this.parts[0]!, kinds: kinds.fill(this.partKinds[0]!) }
    let at = 0
    for (let index = 0; index < this.parts.length; index++) {
      const length = this.parts[index]!.length
      kinds.fill(this.partKinds[index]!, at, at + length)
      at += length
    }
    return { text: this.parts.join(''), kinds }
  }
}

class InlineMarkdownBuilder {
  private readonly buffer = new InlineBuffer()
  private readonly active: Mark[] = []
  private trailingWhitespace = ''

  constructor(
    private readonly codec: MarkdownCodec,
    private readonly items: Item[],
  ) {}

  private rule(mark: Mark): MarkMarkdown {
    return this.codec.marks.get(mark.type.name)!
  }

  private spanLength(mark: Mark, from: number): number {
    let end = from
    while (end < this.items.length && mark.isInSet(this.items[end]!.marks)) end++
    return end - from
  }

  private isLink(mark: Mark): boolean {
    return Boolean(this.rule(mark).whole)
  }

  private isVerbatim(mark: Mark): boolean {
    return Boolean(this.rule(mark).verbatim)
  }

  /** Outer marks first: the longer they last, the further out; code always innermost. */
  private openingOrder(marks: Mark[], from: number): Mark[] {
    const rank = (mark: Mark) => (this.isVerbatim(mark) ? 2 : this.isLink(mark) ? 1 : 0)
    return [...marks].sort((a, b) => rank(a) - rank(b) || this.spanLength(b, from) - this.spanLength(a, from) || 0)
  }

  private closeFrom(keep: number): void {
    for (let j = this.active.length - 1; j >= keep; j--) this.buffer.add(this.rule(this.active[j]!).close(this.active[j]!), CharKind.Syntax)
    this.active.length = keep
  }

  private textKind(): CharKind {
    return this.active.some((mark) => this.isLink(mark)) ? CharKind.LinkText : CharKind.Text
  }

  private writeText(text: string): void {
    if (!text.includes('\n')) {
      this.buffer.add(text, this.textKind())
      return
    }
    const lines = text.split('\n')
    lines.forEach((line, index) => {
      if (index > 0) this.buffer.addBreak('\n', null)
      this.buffer.add(line, this.textKind())
    })
  }

  private writeItem(item: Item, index: number): void {
    const { node } = item
    // Most of the minutes is plain text outside any mark: what the general case below would do for it, without its work.
    if (node.isText && item.marks.length === 0 && this.active.length === 0) {
      this.buffer.add(this.trailingWhitespace, CharKind.Text)
      this.trailingWhitespace = ''
      this.writeText(node.text!)
      return
    }
    const marks = node.isText ? item.marks : item.marks.filter((mark) => !this.isVerbatim(mark))
    let keep = 0
    while (keep < this.active.length && this.active[keep]!.isInSet(marks)) keep++
    const kept = this.active.slice(0, keep)
    const opening = marks.filter((mark) => !mark.isInSet(kept))
    // Nothing can open inside a code span: close it and open it again inside the new marks.
    const verbatimAt = this.active.findIndex((mark) => this.isVerbatim(mark))
    if (opening.length > 0 && verbatimAt !== -1 && verbatimAt < keep) {
      opening.push(...this.active.slice(verbatimAt, keep))
      keep = verbatimAt
    }
    this.closeFrom(keep)
    this.buffer.add(this.trailingWhitespace, CharKind.Text)
    this.trailingWhitespace = ''

    let text = node.isText ? node.text! : ''
    const ordered = this.openingOrder(opening, index)
    if (ordered.some((mark) => this.rule(mark).flanking)) {
      const leading = /^[ \t]*/.exec(text)![0]
      this.buffer.add(leading, CharKind.Text)
      text = text.slice(leading.length)
    }
    const innermost = ordered[ordered.length - 1]
    const whole =
      node.isText && innermost && this.isLink(innermost) && this.spanLength(innermost, index) === 1
        ? this.rule(innermost).whole!(text, innermost)
        : null
    for (const mark of whole === null ? ordered : ordered.slice(0, -1)) {
      this.buffer.add(this.rule(mark).open(mark), CharKind.Syntax)
      this.active.push(mark)
    }
    if (whole !== null) {
      this.buffer.add(whole, CharKind.Syntax)
      return
    }

    if (!node.isText) {
      const piece = this.codec.nodes.get(node.type.name)!.inline!(node, { escapeText: escapeAllPunctuation })
      this.buffer.addBreak(piece.markdown, piece.lineIndent)
      return
    }
    const next = this.items[index + 1]
    const closingFlanking = this.active.some((mark) => this.rule(mark).flanking && !(next && mark.isInSet(next.marks)))
    if (closingFlanking) {
      this.trailingWhitespace = /[ \t]*$/.exec(text)![0]
      text = text.slice(0, text.length - this.trailingWhitespace.length)
    }
    const verbatim = this.active.find((mark) => this.isVerbatim(mark))
    if (verbatim) this.buffer.add(this.rule(verbatim).verbatim!(text, verbatim), CharKind.Syntax)
    else this.writeText(text)
  }

  write(): InlineBuffer {
    for (let index = 0; index < this.items.length; index++) this.writeItem(this.items[index]!, index)
    this.closeFrom(0)
    this.buffer.add(this.trailingWhitespace, CharKind.Text)
    return this.buffer
  }
}

/** For atoms that write text of their own: every character that could be syntax is escaped. */
const escapeAllPunctuation = (text: string) => text.replace(/[\\`*_[\]<>&~|#!]/g, '\\$&')

/**
 * The definitions' labels a literal `[label]` could accidentally refer to.
 * Collected on the first question: most documents write no text that asks.
 */
export function definitionLabels(doc: ProseMirrorNode): DefinitionLabels {
  let labels: Set<string> | undefined
  return { has: (label) => (labels ??= collectDefinitionLabels(doc)).has(label) }
}

function collectDefinitionLabels(doc: ProseMirrorNode): Set<string> {
  const labels = new Set<string>(['//'])
  doc.descendants((node) => {
    if (node.type.name !== 'rawBlock') return !node.isTextblock
    for (const match of String(node.attrs.source).matchAll(/^ {0,3}\[((?:[^\]\\\n]|\\.)+)\]:/gm)) {
      labels.add(match[1]!.trim().replace(/\s+/g, ' ').toLowerCase())
    }
    return false
  })
  return labels
}

/** A textblock's inline content as Markdown lines. */
export function writeInline(block: ProseMirrorNode, codec: MarkdownCodec, options: InlineOptions): string[] {
  const plain = plainLine(block, options.heading)
  return plain === null ? writeInlineMarkdown(block, codec, options) : [plain]
}

/** writeInline for any textblock, character by character. */
export function writeInlineMarkdown(block: ProseMirrorNode, codec: MarkdownCodec, options: InlineOptions): string[] {
  const buffer = new InlineMarkdownBuilder(codec, itemsOf(block, options.heading !== undefined)).write()
  const { text, kinds } = buffer.finish()
  // In order, so that each line takes its own from where the last one stopped; most lines have none.
  const positions = escapePositions(text, kinds, {
    atxHeading: options.heading === 'atx',
    definitions: options.definitions,
    columnZero: options.width === 0,
  })
  const escapes = positions.size === 0 ? [] : [...positions].sort((a, b) => a - b)
  let nextEscape = 0

  const lines: string[] = []
  let lineStart = 0
  let lineIndent: number | undefined
  const finishLine = (end: number) => {
    let start = lineStart
    while (start < end && (text[start] === ' ' || text[start] === '\t') && kinds[start] !== CharKind.Syntax) start++
    let stop = end
    while (stop > start && (text[stop - 1] === ' ' || text[stop - 1] === '\t') && kinds[stop - 1] !== CharKind.Syntax) stop--
    let line = ''
    let copied = start
    while (nextEscape < escapes.length && escapes[nextEscape]! < start) nextEscape++
    for (; nextEscape < escapes.length && escapes[nextEscape]! < stop; nextEscape++) {
      line += `${text.slice(copied, escapes[nextEscape])}\\`
      copied = escapes[nextEscape]!
    }
    line += text.slice(copied, stop)
    const pad = lineIndent !== undefined && options.width !== null && line !== '' ? Math.max(0, lineIndent - options.width) : 0
    lines.push(' '.repeat(pad) + line)
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    finishLine(i)
    lineStart = i + 1
    lineIndent = buffer.lineIndents.get(i)
  }
  finishLine(text.length)
  return lines
}
