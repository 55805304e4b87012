import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/**
 * For a textblock at `pos`, the document position of each character of its
 * `textContent`, so that a match found in the text can be decorated in place.
 * The characters an inline atom stands for all map to the atom.
 */
export function textPositions(node: ProseMirrorNode, pos: number): number[] {
  const positions: number[] = []
  node.forEach((child, offset) => {
    const at = pos + 1 + offset
    const text = child.isText ? (child.text ?? '') : child.textContent
    for (let i = 0; i < text.length; i++) positions.push(child.isText ? at + i : at)
  })
  return positions
}

/** The document range of characters `from`..`to` of the text of a textblock at `pos`. */
export function textRange(positions: readonly number[], from: number, to: number): { from: number; to: number } | null {
  const start = positions[from]
  const last = positions[to - 1]
  return start === undefined || last === undefined || to <= from ? null : { from: start, to: last + 1 }
}
