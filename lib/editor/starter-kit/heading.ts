import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { BlockWriter, NodeMarkdown } from '../markdown-rule'

const hasLineBreak = (node: Parameters<NonNullable<NodeMarkdown['block']>>[0]) => {
  let found = false
  node.forEach((child) => {
    if (child.type.name === 'softBreak' || child.type.name === 'hardBreak') found = true
  })
  return found
}

/**
 * ATX headings (`## Title`). A heading that spans lines can only be written
 * as a setext heading, which keeps its line breaks (and is left for lint to
 * report rather than joined into one line).
 */
export const headingMarkdown: NodeMarkdown = {
  parse: {
    tokens: { heading: { kind: 'block', getAttrs: (token) => ({ level: Number(token.tag.slice(1)) }) } },
  },
  block: (node, out) => {
    const level = Number(node.attrs.level)
    if (level <= 2 && hasLineBreak(node)) {
      return [...out.inline(node, { heading: 'setext' }), level === 1 ? '===' : '---']
    }
    return writeAtxHeading(level, node, out)
  },
}

/** `### Text` on one line: the form of every heading that has no line break. */
export function writeAtxHeading(level: number, node: ProseMirrorNode, out: BlockWriter): string[] {
  const text = out.inline(node, { heading: 'atx' }).map((line) => line.trim()).join(' ')
  return ['#'.repeat(level) + (text ? ` ${text}` : '')]
}
