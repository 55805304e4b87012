import { prosemirrorToYXmlFragment } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { linkBareAddresses } from './link-bare-addresses'
import { parseMarkdown } from './parse'
import { serializeMarkdown } from './serialize'
import { COLLABORATION_FIELD, yDocToMarkdown } from './ydoc'

/** What the editor holds after typing `markdown`'s text: addresses as escaped text, no links. */
const typed = (markdown: string) => parseMarkdown(markdown)

describe('linkBareAddresses', () => {
  it('makes addresses typed as text links, written as autolinks', () => {
    const doc = typed('See https\\://example.com/plan, www\\.example.org and mail me\\@example.com\n')
    expect(serializeMarkdown(doc)).toBe('See https\\://example.com/plan, www\\.example.org and mail me\\@example.com\n')
    expect(serializeMarkdown(linkBareAddresses(doc))).toBe('See <https://example.com/plan>, [www.example.org](http://www.example.org) and mail <me@example.com>\n')
  })

  it('leaves links, code and words that only contain an address alone', () => {
    const markdown = 'A [link](https://a.example) and `https://b.example` and xhttps\\://c.example\n\n```\nhttps://d.example\n```\n'
    expect(serializeMarkdown(linkBareAddresses(typed(markdown)))).toBe(serializeMarkdown(typed(markdown)))
  })

  it('links an address in a list item, a heading and after a hard break', () => {
    const doc = typed('### Plan (@alice, 5min)\n\n- see https\\://x.example/a\\\nand https\\://y.example\n')
    expect(serializeMarkdown(linkBareAddresses(doc))).toBe('### Plan (@alice, 5min)\n\n- see <https://x.example/a>\\\n  and <https://y.example>\n')
  })
})

describe('yDocToMarkdown', () => {
  it('writes an address typed last on a line, before autolink saw a space after it, as a link', () => {
    const ydoc = new Y.Doc()
    prosemirrorToYXmlFragment(typed('Ship on Friday; see https\\://example.com/plan\n'), ydoc.getXmlFragment(COLLABORATION_FIELD))
    expect(yDocToMarkdown(ydoc)).toBe('Ship on Friday; see <https://example.com/plan>\n')
  })
})
