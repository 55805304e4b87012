import fs from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { minutesCodec } from '../codec'
import { corpusFiles } from '../contract'
import { BLOCK_RULE_STARTS, blockRuleDispatch } from './block-rule-dispatch'
import type { BlockRule } from './wrap-rule'

const corpus = path.join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')
const texts = corpusFiles(corpus).map((file) => fs.readFileSync(path.join(corpus, file), 'utf8'))

/** Every kind of block, nested and interrupting one another, at every marker character. */
const samples = [
  '# h1\n## h2 ##\n#nospace\n\\# escaped\n\nSetext\n===\n\nSetext two\n---\n\n***\n- - -\n___\n',
  '- a\n- b\n  continued\nlazy\n+ plus\n* star\n\n1. one\n2) two\n10. ten\n\n- [ ] task\n  - nested\n    1. deeper\n\n-not a list\n1.not either\n',
  '> quote\nlazy line\n> - list in quote\n>> nested\n\n```js\ncode\n```\n~~~\ntilde\n~~~\n\n    indented code\n\n\tcode after a tab\n',
  '<div>\nhtml\n</div>\n\n<!-- comment -->\n\n<https://autolink.example> starts a paragraph\n\n[ref]: https://example.com "t"\n[^1]: a footnote\n    continued\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n',
  'para\n# heading interrupts\npara\n- list interrupts\npara\n> quote interrupts\npara\n```\nfence interrupts\n```\npara\n<div>html interrupts</div>\npara\n***\npara\n2. no interrupt\n',
  '—em dash line\n¿qué?\n😀 emoji\n  - indented list\n      - sub\n   # indented heading\n    # code, not heading\n',
  '---\ntitle: front matter\n---\n\ntext\n',
]

function stockTokenizer(): MarkdownIt {
  const md = minutesCodec().tokenizer
  // The same tokenizer, but for its block parser's own loop and ruler, as markdown-it defines them.
  const ruler = Object.assign(Object.create(md.block.ruler) as MarkdownIt['block']['ruler'], { getRules: Object.getPrototypeOf(md.block.ruler).getRules })
  const block = Object.assign(Object.create(md.block) as MarkdownIt['block'], { tokenize: Object.getPrototypeOf(md.block).tokenize, ruler })
  return Object.assign(Object.create(Object.getPrototypeOf(md) as object) as MarkdownIt, md, { block })
}

describe('blockRuleDispatch', () => {
  it('gives the minutes tokenizer the tokens markdown-it’s own block loop gives, on every corpus file and every kind of block', () => {
    const md = minutesCodec().tokenizer
    const stock = stockTokenizer()
    expect(md.block.tokenize).not.toBe(stock.block.tokenize)
    for (const text of [...texts, ...samples]) expect(md.parse(text, {}), text.slice(0, 80)).toEqual(stock.parse(text, {}))
  })

  it('holds for markdown-it’s defaults too, and follows rules enabled later', () => {
    const stock = new MarkdownIt({ html: true })
    const md = new MarkdownIt({ html: true }).use(blockRuleDispatch)
    for (const text of samples) expect(md.parse(text, {})).toEqual(stock.parse(text, {}))
    md.block.ruler.disable('heading')
    stock.block.ruler.disable('heading')
    for (const text of samples) expect(md.parse(text, {})).toEqual(stock.parse(text, {}))
    expect(md.block.ruler.getRules('no such chain')).toEqual([])
  })

  it('names rules that really fail at every other first character, and that the minutes tokenizer has', () => {
    const md = minutesCodec().tokenizer
    const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__
    expect(Object.keys(BLOCK_RULE_STARTS).filter((name) => !rules.some((rule) => rule.name === name))).toEqual([])
    // Every line of the corpus and the samples, and a line starting with each printable ASCII character.
    const ascii = Array.from({ length: 95 }, (_, i) => `${String.fromCharCode(32 + i)}x\n`).join('')
    for (const text of [...texts, ...samples, ascii]) {
      const lines = new md.block.State(text, md, {}, []).lineMax
      for (const { name, fn } of rules.filter((rule) => rule.name in BLOCK_RULE_STARTS)) {
        for (let line = 0; line < lines; line++) {
          const state = new md.block.State(text, md, {}, [])
          const first = text[state.bMarks[line]! + state.tShift[line]!] ?? ''
          if (BLOCK_RULE_STARTS[name]!.includes(first)) continue
          expect(fn(state, line, lines, true), `${name} at ${JSON.stringify(first)}`).toBe(false)
          expect(fn(state, line, lines, false), `${name} at ${JSON.stringify(first)}`).toBe(false)
        }
      }
    }
  })
})
