import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { minutesCodec, type MarkdownCodec } from './codec'
import { MarkdownBlockWriter } from './serialize/block-writer'
import { definitionLabels } from './serialize/inline-writer'

/** A document of the codec's schema as Markdown in the repository format. */
export function serializeMarkdownWith(codec: MarkdownCodec, doc: ProseMirrorNode): string {
  const lines = new MarkdownBlockWriter(codec, definitionLabels(doc)).block(doc)
  const text = lines.join('\n').replace(/^\n+|\n+$/g, '')
  return text === '' ? '' : `${text}\n`
}

/** A minutes document as Markdown in the repository format. */
export function serializeMarkdown(doc: ProseMirrorNode): string {
  return serializeMarkdownWith(minutesCodec(), doc)
}
