import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { BlockWriter } from '../markdown-rule'

/**
 * Blocks that cannot directly follow a paragraph in a tight list item: a
 * second paragraph would merge with the first, `---` would underline it.
 */
const needsBlankLineAfterParagraph = new Set(['paragraph', 'horizontalRule'])

function itemNeedsBlankLines(item: ProseMirrorNode): boolean {
  let previous: ProseMirrorNode | null = null
  let needs = false
  item.forEach((child) => {
    if (previous?.type.name === 'paragraph' && needsBlankLineAfterParagraph.has(child.type.name)) needs = true
    if (previous && previous.type === child.type && child.type.spec.group?.includes('list')) needs = true
    previous = child
  })
  return needs
}

/** Tight unless the list says otherwise or its content cannot be written tight. */
export function isTight(list: ProseMirrorNode): boolean {
  if (list.attrs.tight === false) return false
  let tight = true
  list.forEach((item) => {
    if (itemNeedsBlankLines(item)) tight = false
  })
  return tight
}

/**
 * The item's blocks. An empty first paragraph (the schema wants a paragraph
 * first, Markdown does not) is left out when other blocks follow.
 */
function itemContent(item: ProseMirrorNode): ProseMirrorNode {
  const first = item.firstChild
  if (first && item.childCount > 1 && first.type.name === 'paragraph' && first.content.size === 0) {
    return item.copy(item.content.cut(first.nodeSize))
  }
  return item
}

/** A list, each item introduced by `marker(index)` and its other lines indented to match. */
export function writeList(list: ProseMirrorNode, out: BlockWriter, marker: (index: number) => string): string[] {
  const tight = isTight(list)
  const lines: string[] = []
  list.forEach((item, _offset, index) => {
    if (index > 0 && !tight) lines.push('')
    const first = `${marker(index)} `
    lines.push(...out.contain(first, ' '.repeat(first.length), (inner) => inner.blocks(itemContent(item), { tight })))
  })
  return lines
}
