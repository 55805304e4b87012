import { describe, expect, it } from 'vitest'
import { gfmHtml } from '../contract'
import { normalizeMarkdown } from '../normalize'
import { parseMarkdown } from '../parse'

/** The links GitHub's renderer makes of a text: [href, text] pairs. */
const linksIn = (html: string) => [...html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)].map((m) => [m[1], m[2]])

/** The links the codec finds, rendered back the same way for comparison. */
function codecLinks(markdown: string) {
  return linksIn(gfmHtml(normalizeMarkdown(markdown)))
}

const texts = [
  'see https://x.org/a.', 'https://x.org/a_b_', 'https://x.org/a;', 'https://x.org/a&amp;', 'https://x.org/a&b;',
  '(https://x.org/a)', 'https://en.wikipedia.org/wiki/Foo_(bar)', 'https://x.org/a)b', 'https://x.org/a"b', 'https://x.org/[a]',
  'https://x.org/a]', 'https://x.org/{a}', 'https://x.org/a*b*c', '**https://x.org/b/**', 'xhttps://x.org', '1https://x.org',
  'http://localhost:3000/a', 'https://x', 'https://x_y.org', 'https://a.x_y.org', 'www.x.org/a', 'foo@bar.com', 'foo@bar.com.',
  'a.b-c_d+e@x.y.org', 'foo@bar', 'mailto:foo@bar.com', 'https://x.org/a|b', 'https://x.org/a?b=c&d=e', 'https://x.org/~user',
  'https://x.org/a:b', 'https://x.org/a...', 'https://ä.org/ü', 'https://x.org/a\\_b', 'https://x.org/a<b', 'https://x.org/a>b',
  'http://x.org.', 'HTTPS://X.ORG', 'https://x.org/a%20b', 'ftp://x.org', '//x.org', 'x.org', 'see:https://x.org',
  '[see https://x.org] more', '[ ] https://x.org', '(see [docs https://x.org])', 'a [b] https://x.org', '_www.x.org_',
  '*foo@bar.com*', 'https://lists.x.org/list/a-b@lists.x.org/thread/X/', 'write to a-b@lists.x.org, please',
]

describe('GFM autolink literals', () => {
  it.each(texts)('%s', (text) => {
    expect(codecLinks(text)).toEqual(linksIn(gfmHtml(text)))
  })

  it('makes link marks of them', () => {
    const doc = parseMarkdown('see https://x.org and a@b.org')
    const hrefs: unknown[] = []
    doc.descendants((node) => {
      for (const mark of node.marks) if (mark.type.name === 'link') hrefs.push(mark.attrs.href)
    })
    expect(hrefs).toEqual(['https://x.org', 'mailto:a@b.org'])
  })
})
