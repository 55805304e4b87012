import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Transform } from '@tiptap/pm/transform'
import { autolinkCandidates, literalAutolinkAt } from './markdown-it/gfm-autolink-literal'

/**
 * The document with every address typed as plain text (`https://…`, `www.…`,
 * an e-mail address) made a link, as the editor's autolink does once a space
 * follows it: typed last on a line, an address stays text, and the exporter
 * would write it escaped (`https\://…`) so that GitHub does not link it.
 * Addresses in code, in links already, or spread over differently marked
 * text are left as they are. For what the app exports (yDocToMarkdown): the
 * CLI's normalising keeps a file's escaped addresses as text.
 */
export function linkBareAddresses(doc: ProseMirrorNode): ProseMirrorNode {
  const link = doc.type.schema.marks.link
  if (!link) return doc
  const transform = new Transform(doc)
  doc.descendants((node, pos, parent, index) => {
    if (!node.isText || !parent?.type.allowsMarkType(link)) return true
    if (node.marks.some((mark) => mark.type === link || mark.type.spec.code)) return false
    const text = node.text ?? ''
    if (!text.includes('@') && !text.includes('://') && !/www\./i.test(text)) return false
    // The character before, for the rule that an address starts a word.
    const before = index > 0 ? parent.child(index - 1).textContent.slice(-1) || undefined : undefined
    let covered = 0
    for (const start of autolinkCandidates(text)) {
      if (start < covered) continue
      const found = literalAutolinkAt(text, start, start > 0 ? text[start - 1] : before)
      if (!found) continue
      covered = found.end
      transform.addMark(pos + found.start, pos + found.end, link.create({ href: found.href }))
    }
    return false
  })
  return transform.doc
}
