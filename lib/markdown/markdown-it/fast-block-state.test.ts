import fs from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { corpusFiles } from '../contract'
import { fastBlockState } from './fast-block-state'

const corpus = path.join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')

const stock = new MarkdownIt('commonmark')
const fast = new MarkdownIt('commonmark').use(fastBlockState)

/** Every field a block state has once built, but the parser it belongs to (each has its own). */
const stateOf = (md: MarkdownIt, src: string) => {
  const { md: parser, ...fields } = { ...new md.block.State(src, md, {}, []) }
  expect(parser).toBe(md)
  return fields
}

describe('fastBlockState', () => {
  it('builds the block state markdown-it builds, for every corpus file', () => {
    for (const file of corpusFiles(corpus)) {
      const text = fs.readFileSync(path.join(corpus, file), 'utf8')
      expect(stateOf(fast, text), file).toEqual(stateOf(stock, text))
    }
  })

  it('agrees on tabs, blank and whitespace-only lines, and a missing final newline', () => {
    const samples = ['', '\n', 'a', 'a\n', 'a\n   ', 'a\n  \n', '\tx\n \ty\n  \t z', '    code\n\n\n- item\n\t- nested\n', ' \t \n\t\n', 'last line   ']
    for (const sample of samples) expect(stateOf(fast, sample), JSON.stringify(sample)).toEqual(stateOf(stock, sample))
  })

  it('keeps markdown-it’s prototype, so the rules find its methods', () => {
    const state = new fast.block.State('# a\n', fast, {}, [])
    expect(state).toBeInstanceOf(stock.block.State)
    expect(fast.parse('# a\n\n- b\n', {})).toEqual(stock.parse('# a\n\n- b\n', {}))
  })
})
