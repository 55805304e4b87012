import { describe, expect, it } from 'vitest'
import { sameMeaning } from './contract'
import { normalizeMarkdown } from './normalize'
import { parseMarkdown } from './parse'
import { serializeMarkdown } from './serialize'

/**
 * Each node's and mark's rules, read and written back: `out` is what the
 * repository format asks for, written by hand; every case must also keep its
 * meaning (same GFM HTML) and be stable under a second pass.
 */
const cases: { name: string; in: string; out: string; node?: string; attrs?: Record<string, unknown> }[] = [
  { name: 'paragraph', in: 'Hello  world', out: 'Hello  world\n', node: 'paragraph' },
  { name: 'ATX heading (an agenda item), colon dropped', in: '### Topic (@owner, 5min):', out: '### Topic (@owner, 5min)\n', node: 'agendaItem', attrs: { title: 'Topic', owners: ['owner'], minutes: 5 } },
  { name: 'setext heading to ATX', in: 'Title\n=====', out: '# Title\n', node: 'heading', attrs: { level: 1 } },
  { name: 'heading with trailing emoji shortcode', in: '## Agenda :notebook:', out: '## Agenda :notebook:\n' },
  { name: 'heading ending in #', in: '## Issue \\#', out: '## Issue \\#\n' },
  { name: 'blockquote', in: '> quoted\nlazy', out: '> quoted\n> lazy\n', node: 'blockquote' },
  { name: 'two blockquotes stay two', in: '> a\n\n> b', out: '> a\n\n[//]: #\n\n> b\n' },
  { name: 'bullet list, * to -', in: '* a\n* b', out: '- a\n- b\n', node: 'bulletList', attrs: { tight: true } },
  { name: 'nested lists, 4 to 2 spaces', in: '* a\n    * b\n        * c', out: '- a\n  - b\n    - c\n' },
  { name: 'loose list stays loose', in: '- a\n\n- b', out: '- a\n\n- b\n', node: 'bulletList', attrs: { tight: false } },
  { name: 'adjacent lists stay apart', in: '- a\n* b', out: '- a\n\n[//]: #\n\n- b\n' },
  { name: 'ordered list with start', in: '3) three\n4) four', out: '3. three\n4. four\n', node: 'orderedList', attrs: { start: 3 } },
  { name: 'bullet under ordered item', in: '1. one\n   - sub', out: '1. one\n   - sub\n' },
  { name: 'empty list item', in: '- a\n-\n- b', out: '- a\n-\n- b\n' },
  { name: 'task list items stay task items', in: '- [ ] todo\n- [x] done', out: '- [ ] todo\n- [x] done\n' },
  { name: 'list item starting with code', in: '-     code', out: '- ```text\n  code\n  ```\n' },
  { name: 'fenced code keeps its language', in: '```bash\nls -l\n```', out: '```bash\nls -l\n```\n', node: 'codeBlock', attrs: { language: 'bash' } },
  { name: 'indented code gets a fence', in: 'para\n\n    code\n      more', out: 'para\n\n```text\ncode\n  more\n```\n' },
  { name: 'fence longer than backticks inside', in: '````\n```\n````', out: '````text\n```\n````\n' },
  { name: 'thematic break', in: '***', out: '---\n', node: 'horizontalRule' },
  { name: 'hard break as backslash', in: 'a  \nb', out: 'a\\\nb\n', node: 'hardBreak' },
  { name: 'soft break keeps its line', in: 'a\nb', out: 'a\nb\n', node: 'softBreak' },
  { name: 'continuation keeps deeper indent', in: '* a\n      b', out: '- a\n      b\n' },
  { name: 'lazy continuation indented to the item', in: '- a\nb', out: '- a\n  b\n' },
  { name: 'bold and italic', in: '__bold__ and _it_', out: '**bold** and *it*\n' },
  { name: 'strike', in: '~~gone~~', out: '~~gone~~\n' },
  { name: 'code span', in: 'run `` a`b `` now', out: 'run ``a`b`` now\n' },
  { name: 'code inside a link', in: '[`just`](https://x.org)', out: '[`just`](https://x.org)\n' },
  { name: 'code inside emphasis', in: '_AI: run `x`_', out: '*AI: run `x`*\n' },
  { name: 'link with title', in: '[a](<u v> "t")', out: '[a](<u v> "t")\n', node: 'paragraph' },
  { name: 'bare URL to autolink', in: 'see https://x.org/a_b.', out: 'see <https://x.org/a_b>.\n' },
  { name: 'e-mail to autolink', in: 'mail a.b@x.org now', out: 'mail <a.b@x.org> now\n' },
  { name: 'www link keeps its text', in: 'www.x.org', out: '[www.x.org](http://www.x.org)\n' },
  { name: 'link whose text is its URL', in: '[https://x.org](https://x.org)', out: '<https://x.org>\n' },
  { name: 'URL in an unclosed bracket is not a link', in: '[see https://x.org', out: '[see https://x.org\n' },
  { name: 'image', in: '![a *b*](p.png "t")', out: '![a b](p.png "t")\n', node: 'image', attrs: { src: 'p.png', alt: 'a b' } },
  { name: 'inline HTML kept', in: 'a <font color="red">b</font> c', out: 'a <font color="red">b</font> c\n', node: 'rawInline' },
  { name: 'HTML block kept', in: '<div>\n  x\n</div>', out: '<div>\n  x\n</div>\n', node: 'rawBlock' },
  { name: 'front matter kept', in: '---\ntitle: x\n---\n# T', out: '---\ntitle: x\n---\n\n# T\n', node: 'rawBlock' },
  { name: 'table kept', in: '| a | b |\n|---|:-|\n| 1 | 2 |', out: '| a | b |\n|---|:-|\n| 1 | 2 |\n', node: 'rawBlock' },
  { name: 'footnote kept', in: 'x[^1]\n\n[^1]: note', out: 'x[^1]\n\n[^1]: note\n' },
  { name: 'reference definition kept', in: '[a]\n\n[a]: https://x.org', out: '[a](https://x.org)\n\n[a]: https://x.org\n' },
  { name: 'no needless escapes', in: 'AI @fkr: look at snake_case, 2 * 3, :white_check_mark: and C:\\dir', out: 'AI @fkr: look at snake_case, 2 * 3, :white_check_mark: and C:\\dir\n' },
  { name: 'escapes that matter', in: '\\*not em\\* \\[a\\](b) \\<br> \\&amp; \\# x', out: '\\*not em\\* [a\\](b) \\<br> \\&amp; # x\n' },
  { name: 'line start that would be a list', in: '1\\. not a list\n\\- nor this', out: '1\\. not a list\n\\- nor this\n' },
  { name: 'HedgeDoc image size is text', in: '![](https://x.org/a.png =960x540)', out: '![](<https://x.org/a.png> =960x540)\n' },
]

describe('node and mark rules', () => {
  it.each(cases)('$name', (c) => {
    const doc = parseMarkdown(c.in)
    if (c.node) {
      const found: { attrs: Record<string, unknown> }[] = []
      doc.descendants((node) => {
        if (node.type.name === c.node) found.push(node)
      })
      expect(found.length, `a ${c.node} node`).toBeGreaterThan(0)
      if (c.attrs) expect(found[0]!.attrs).toMatchObject(c.attrs)
    }
    const out = serializeMarkdown(doc)
    expect(out).toBe(c.out)
    expect(normalizeMarkdown(out)).toBe(out)
    expect(sameMeaning(c.in, out)).toBe(true)
  })

  it('drops trailing punctuation from headings only', () => {
    expect(normalizeMarkdown('# Welcome!\n\nHi!')).toBe('# Welcome\n\nHi!\n')
  })

  it('writes nothing for an empty document', () => {
    expect(normalizeMarkdown('')).toBe('')
    expect(normalizeMarkdown('\n\n')).toBe('')
  })

  it('ends with exactly one newline and no trailing spaces or tabs', () => {
    const out = normalizeMarkdown('a \n\tb\t\n\n\n\n- c  \n\n\n')
    // The tab-indented line keeps its indentation, as spaces.
    expect(out).toBe('a\n    b\n\n- c\n')
  })
})
