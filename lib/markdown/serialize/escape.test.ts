import { describe, expect, it } from 'vitest'
import { lintErrors, sameMeaning } from '../contract'
import { normalizeMarkdown } from '../normalize'

/**
 * Text that is one step from being syntax: whatever the escaping decides, the
 * output must mean the same, read back the same, and not trip markdownlint.
 */
const tricky = [
  'a * b * c', '5*3*2', '**not closed', 'snake_case_name and _x', '__a__b', 'a_b_ c_', '~~a~~ ~b~ ~~~c',
  '\\*lit\\* and *em*', '*a **b** c*', '***both***', '**a**b', 'x**y**z', '*a*b*c*',
  '\\[a](b)', '[a]\\(b)', '[a] (b)', '[a][b]', '![a](b)', '\\![a](b)', 'a]b[c', '[x]: y',
  '<div>', '\\<div>', 'a < b > c', '<https://x.org>', '\\<https://x.org>', 'AT&T &amp; &copy; &#35; &x',
  '\\# not heading', '#hashtag', '\\> not quote', '\\- not list', '\\+ not list', '1\\. not list', '1986\\. year',
  'line\n\\- still text', 'line\n\\=== not setext', 'line\n\\--- not setext', '\\```not fence', '\\~~~not fence',
  'back\\\\slash', 'C:\\Users\\x', 'end\\', 'tab\there', 'trailing\\\nbreak', '`code` and \\`tick', '`` ` ``',
  'https\\://x.org', 'www\\.x.org', 'a\\@b.org', 'https://x.org/a_(b)', 'see (https://x.org).',
  '# Heading with *em*:', '## Trailing hash \\#', '### :tada: Done!', '#### Q?',
]

describe('escaping', () => {
  it.each(tricky)('%s', (input) => {
    const output = normalizeMarkdown(input)
    expect(sameMeaning(input, output), output).toBe(true)
    expect(normalizeMarkdown(output)).toBe(output)
    expect(lintErrors(output).filter((f) => f.rule !== 'MD010').map((f) => f.rule), output).toEqual([])
  })

  it('leaves readable text alone', () => {
    const text = 'AI @fkr: check :white_check_mark: (ETA: ~3 weeks) -> 50% of 2 * 3 cases, see issue #42 & co.\n'
    expect(normalizeMarkdown(text)).toBe(text)
  })
})
