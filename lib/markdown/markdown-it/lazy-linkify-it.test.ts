import LinkifyIt from 'linkify-it'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import LazyLinkifyIt from './lazy-linkify-it'

describe('LazyLinkifyIt', () => {
  it('answers as LinkifyIt does, options and added schemas included', () => {
    const real = new LinkifyIt({}, { fuzzyEmail: false })
    const lazy = LazyLinkifyIt({}, { fuzzyEmail: false })
    const text = 'see www.example.com, mail me@example.org or git://example.net/repo'
    expect(lazy.match(text)).toEqual(real.match(text))
    expect(lazy.test('no links here')).toBe(false)
    // Chained calls go on with the real instance, as they would without the stand-in.
    expect(lazy.add('git:', 'http:')).toBe(lazy.add('git:', 'http:'))
    real.add('git:', 'http:')
    expect(lazy.match(text)).toEqual(real.match(text))
    expect(lazy.match(text)?.map((match) => match.url)).toEqual(['http://www.example.com', 'git://example.net/repo'])
    expect('pretest' in lazy).toBe(true)
  })

  it('is what markdown-it linkifies with, when asked to', () => {
    const md = new MarkdownIt({ linkify: true })
    // Read-only in markdown-it's types, as users are meant to configure the one it built.
    Object.assign(md, { linkify: LazyLinkifyIt() })
    expect(md.render('www.example.com')).toBe('<p><a href="http://www.example.com">www.example.com</a></p>\n')
  })
})
