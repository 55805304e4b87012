import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { BlockWriter } from '../../editor/markdown-rule'
import type { MarkdownCodec } from '../codec'
import type { DefinitionLabels } from './escape'
import { writeInline } from './inline-writer'

/**
 * Written between two sibling lists (or blockquotes) that would otherwise
 * merge into one: a link reference definition, which renders as nothing and
 * which markdownlint ignores by convention.
 */
export const SIBLING_SEPARATOR = '[//]: #'

export class MarkdownBlockWriter implements BlockWriter {
  constructor(
    private readonly codec: MarkdownCodec,
    private readonly definitions: DefinitionLabels,
    /** Column of this container's continuation lines; null when a `>` precedes them. */
    private readonly width: number | null = 0,
  ) {}

  block(node: ProseMirrorNode): string[] {
    const write = this.codec.nodes.get(node.type.name)?.block
    if (!write) throw new Error(`The node "${node.type.name}" cannot be written as a block`)
    return write(node, this)
  }

  inline(node: ProseMirrorNode, options: { heading?: 'atx' | 'setext' } = {}): string[] {
    return writeInline(node, this.codec, { width: this.width, heading: options.heading, definitions: this.definitions })
  }

  blocks(node: ProseMirrorNode, options: { tight?: boolean } = {}): string[] {
    const lines: string[] = []
    let previous: ProseMirrorNode | null = null
    node.forEach((child) => {
      if (previous) {
        if (this.kind(previous) === this.kind(child) && this.codec.nodes.get(child.type.name)?.mergesWithSameKind) lines.push('', SIBLING_SEPARATOR, '')
        else if (!options.tight) lines.push('')
      }
      lines.push(...this.block(child))
      previous = child
    })
    return lines
  }

  /** Which Markdown construct a node is written as. */
  private kind(node: ProseMirrorNode): string {
    return this.codec.nodes.get(node.type.name)?.writtenAs ?? node.type.name
  }

  contain(first: string, rest: string, render: (inner: BlockWriter) => string[]): string[] {
    const width = this.width !== null && /^ *$/.test(rest) ? this.width + rest.length : null
    const lines = render(new MarkdownBlockWriter(this.codec, this.definitions, width))
    if (lines.length === 0) lines.push('')
    return lines.map((line, index) => {
      const prefix = index === 0 ? first : rest
      return line === '' ? prefix.trimEnd() : prefix + line
    })
  }
}
