import { Fragment, Mark, type Node as ProseMirrorNode, type NodeType, type Attrs } from '@tiptap/pm/model'
import type Token from 'markdown-it/lib/token.mjs'
import type { ParseSource } from '../editor/markdown-rule'
import { minutesCodec, type MarkdownCodec, type TokenHandler } from './codec'

interface Frame {
  type: NodeType
  attrs: Attrs | null
  content: ProseMirrorNode[]
}

/** Width of a line's leading whitespace, tabs to the next multiple of four. */
function indentOf(line: string): number {
  let column = 0
  for (const ch of line) {
    if (ch === ' ') column++
    else if (ch === '\t') column += 4 - (column % 4)
    else break
  }
  return column
}

/** Token types by the name their rule is read under; a few dozen, met thousands of times. */
const names = new Map<string, string>()

function nameOf(token: Token): string {
  let name = names.get(token.type)
  if (name === undefined) {
    if (token.nesting === 1) name = token.type.slice(0, -'_open'.length)
    else if (token.nesting === -1) name = token.type.slice(0, -'_close'.length)
    else name = token.type
    names.set(token.type, name)
  }
  return name
}

/**
 * Builds a document from markdown-it's tokens with the token specs the nodes
 * and marks declared. Not a Markdown parser: markdown-it did the parsing.
 */
class DocumentBuilder {
  private readonly stack: Frame[]
  private openMarks: Mark[] = []
  private markSet: readonly Mark[] = Mark.none
  private firstLine = 0
  private readonly source: ParseSource

  constructor(
    private readonly codec: MarkdownCodec,
    text: string,
  ) {
    this.stack = [{ type: codec.schema.topNodeType, attrs: null, content: [] }]
    // Split only when a rule asks: most documents have no line that needs it.
    let lines: readonly string[] | undefined
    this.source = { lineIndent: (line) => indentOf((lines ??= text.split('\n'))[this.firstLine + line] ?? '') }
  }

  private handler(token: Token): TokenHandler {
    const handler = this.codec.tokens.get(nameOf(token))
    if (!handler) throw new Error(`No Markdown rule reads the token "${token.type}"`)
    return handler
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1]!
  }

  private marks(): readonly Mark[] {
    return this.markSet
  }

  private add(node: ProseMirrorNode): void {
    this.top.content.push(node)
  }

  private addText(text: string, marks: readonly Mark[]): void {
    if (text) this.add(this.codec.schema.text(text, marks))
  }

  // Indexed loops here and below: tens of thousands of tokens, and for…of's
  // iterator costs more than the loop's body in the interpreter a CLI run uses.
  blocks(tokens: Token[]): void {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token.map) this.firstLine = token.map[0]
      if (token.type === 'inline') this.inline(token.children ?? [])
      else this.token(token)
    }
  }

  private inline(tokens: Token[]): void {
    const firstLine = this.firstLine
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      this.firstLine = firstLine
      if (token.type === 'text') this.addText(token.content, this.marks())
      else this.token(token)
    }
  }

  private token(token: Token): void {
    const { spec, type } = this.handler(token)
    // A closing token's attributes would be thrown away.
    const attrs = token.nesting === -1 ? null : (spec.getAttrs?.(token, this.source) ?? null)
    switch (spec.kind) {
      case 'block':
        if (token.nesting === 1) this.stack.push({ type: type as NodeType, attrs, content: [] })
        else this.close()
        return
      case 'leaf': {
        const text = spec.text?.(token)
        const content = text ? this.codec.schema.text(text) : null
        this.add((type as NodeType).create(attrs, content, (type as NodeType).isInline ? this.marks() : Mark.none))
        return
      }
      case 'mark':
        if (token.nesting === 1) this.openMarks.push(this.codec.schema.mark(type.name, attrs))
        else this.closeMark(type.name)
        this.markSet = Mark.setFrom(this.openMarks)
        return
      case 'markedText':
        this.addText(token.content, this.codec.schema.mark(type.name, attrs).addToSet(this.marks()))
        return
    }
  }

  private closeMark(name: string): void {
    for (let i = this.openMarks.length - 1; i >= 0; i--) {
      if (this.openMarks[i]!.type.name === name) {
        this.openMarks.splice(i, 1)
        return
      }
    }
  }

  private close(): void {
    const frame = this.stack.pop()!
    this.add(this.build(frame))
  }

  private build(frame: Frame): ProseMirrorNode {
    const content = Fragment.from(frame.content)
    // What markdown-it reads nearly always fits the schema as it is; only the
    // rest needs createAndFill's search for the nodes that would make it fit.
    if (frame.type.contentMatch.matchFragment(content)?.validEnd) return frame.type.create(frame.attrs, content)
    return frame.type.createAndFill(frame.attrs, content) ?? frame.type.create(frame.attrs, content)
  }

  finish(): ProseMirrorNode {
    while (this.stack.length > 1) this.close()
    return this.build(this.stack[0]!)
  }
}

/** Markdown (CommonMark + GFM) to a document of the codec's schema. */
export function parseMarkdownWith(codec: MarkdownCodec, markdown: string): ProseMirrorNode {
  const source = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown
  const builder = new DocumentBuilder(codec, source)
  builder.blocks(codec.tokenizer.parse(source, {}))
  return builder.finish()
}

/** Markdown (CommonMark + GFM, as pads produce it) to a minutes document. */
export function parseMarkdown(markdown: string): ProseMirrorNode {
  return parseMarkdownWith(minutesCodec(), markdown)
}
