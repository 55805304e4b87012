import fs from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { minutesCodec } from '../codec'
import { corpusFiles } from '../contract'
import { fastText, INLINE_RULE_STARTS } from './fast-text'
import { wrapRule, type InlineRule } from './wrap-rule'

const corpus = path.join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')
const texts = corpusFiles(corpus).map((file) => [file, fs.readFileSync(path.join(corpus, file), 'utf8')] as const)

type Rules = { __rules__: { name: string; enabled: boolean; fn: InlineRule }[] }
const stockText = (new MarkdownIt().inline.ruler as unknown as Rules).__rules__.find((rule) => rule.name === 'text')!.fn

describe('fastText', () => {
  it('leaves the minutes tokenizer’s tokens as markdown-it’s own text rule makes them, on every corpus file', () => {
    const md = minutesCodec().tokenizer
    const fast = texts.map(([, text]) => md.parse(text, {}))
    wrapRule<InlineRule>(md.inline.ruler, 'text', () => stockText)
    try {
      texts.forEach(([file, text], index) => expect(fast[index], file).toEqual(md.parse(text, {})))
    } finally {
      md.use(fastText)
    }
  })

  it('stops at each rule’s characters and at the end of a nested range', () => {
    const stock = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough'])
    const fast = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']).use(fastText)
    // Every one of markdown-it's terminators once, links and emphasis whose inner ranges end before the source does, non-ASCII text.
    const samples = ['a!b#c$d%e&f*g+h-i:j<k=l>m@n[o\\p]q^r_s`t{u}v~w\nx', '*émphasis* [link **strong** text](https://x.org) __a__ ~~s~~', 'a\\\nb  \nc ![img *x*](y "t")', '[a-b](c) [x]: y @z #1 [nested [label]](u) a&amp;b']
    for (const sample of samples) expect(fast.parse(sample, {}), sample).toEqual(stock.parse(sample, {}))
  })

  it('knows where every inline rule of the minutes tokenizer starts', () => {
    // A new inline rule needs its characters in INLINE_RULE_STARTS, or text runs would swallow them.
    const enabled = (minutesCodec().tokenizer.inline.ruler as unknown as Rules).__rules__.filter((rule) => rule.enabled).map((rule) => rule.name)
    expect(enabled.filter((name) => name !== 'text').sort()).toEqual(Object.keys(INLINE_RULE_STARTS).sort())
  })
})
