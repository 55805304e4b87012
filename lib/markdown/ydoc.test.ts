import fs from 'node:fs'
import path from 'node:path'
import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { normalizeMarkdown } from './normalize'
import { parseMarkdown } from './parse'
import { COLLABORATION_FIELD, markdownToYUpdate, yDocToMarkdown } from './ydoc'

const corpus = path.join(path.resolve(import.meta.dirname, '..', '..'), '..', 'shared', 'corpus')

describe('the Yjs bridge', () => {
  it.each(['iaas/20240724.md', 'community-call/20241219.md', 'ops-iam/20230119.md'])('carries %s through a Y.Doc unchanged', (file) => {
    const markdown = fs.readFileSync(path.join(corpus, file), 'utf8')
    const ydoc = new Y.Doc()
    Y.applyUpdate(ydoc, markdownToYUpdate(markdown))
    expect(ydoc.getXmlFragment(COLLABORATION_FIELD).length).toBeGreaterThan(0)
    expect(yDocToMarkdown(ydoc)).toBe(normalizeMarkdown(markdown))
  })

  it('keeps list tightness, soft-break indentation and kept source through Yjs', () => {
    const markdown = '---\nt: 1\n---\n\n- a\n\n- b\n      wrapped\n\n<div>x</div>\n'
    const ydoc = new Y.Doc()
    prosemirrorToYXmlFragment(parseMarkdown(markdown), ydoc.getXmlFragment(COLLABORATION_FIELD))
    expect(yDocToMarkdown(ydoc)).toBe(markdown)
  })

  it('writes an empty document as nothing', () => {
    expect(yDocToMarkdown(new Y.Doc())).toBe('')
  })
})
