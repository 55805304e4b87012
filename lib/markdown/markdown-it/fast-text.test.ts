import fs from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { corpusFiles } from '../contract'
import { fastText } from './fast-text'

const corpus = path.join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')

const tokenizers = () => {
  const stock = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough'])
  const fast = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough']).use(fastText)
  return { stock, fast }
}

describe('fastText', () => {
  it('gives the tokens of markdown-it’s own text rule on every corpus file', () => {
    const { stock, fast } = tokenizers()
    for (const file of corpusFiles(corpus)) {
      const text = fs.readFileSync(path.join(corpus, file), 'utf8')
      expect(fast.parse(text, {}), file).toEqual(stock.parse(text, {}))
    }
  })

  it('stops at each terminator and at the end of a nested range', () => {
    const { stock, fast } = tokenizers()
    // Every terminator once, links and emphasis whose inner ranges end before the source does, non-ASCII text.
    const samples = ['a!b#c$d%e&f*g+h-i:j<k=l>m@n[o\\p]q^r_s`t{u}v~w\nx', '*émphasis* [link **strong** text](https://x.org) __a__ ~~s~~', 'a\\\nb  \nc ![img *x*](y "t")']
    for (const sample of samples) expect(fast.parse(sample, {}), sample).toEqual(stock.parse(sample, {}))
  })
})
