import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { NodeView } from '@tiptap/pm/view'
import { meetingImageSrc } from '@/lib/images/meeting-image-src'

/**
 * An image of the minutes as the page shows it. Only the shown `src` differs
 * from the node's: copying the image still carries the relative name, so it
 * stays relative when pasted back.
 */
export class PastedImageView implements NodeView {
  readonly dom: HTMLImageElement

  constructor(
    node: ProseMirrorNode,
    private readonly meetingId: string,
  ) {
    this.dom = document.createElement('img')
    this.dom.draggable = true
    this.render(node)
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type.name !== 'image') return false
    this.render(node)
    return true
  }

  private render(node: ProseMirrorNode): void {
    const src = String(node.attrs.src ?? '')
    const shown = meetingImageSrc(this.meetingId, src)
    if (this.dom.getAttribute('src') !== shown) this.dom.setAttribute('src', shown)
    this.dom.dataset.src = src
    this.dom.alt = String(node.attrs.alt ?? '')
    if (node.attrs.title) this.dom.title = String(node.attrs.title)
    else this.dom.removeAttribute('title')
  }
}
