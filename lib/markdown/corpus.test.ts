import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusFiles, gfmHtml, comparableHtml, lintErrors } from './contract'
import { normalizeMarkdown } from './normalize'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const corpus = path.join(repoRoot, '..', 'shared', 'corpus')
const format = path.join(repoRoot, '..', 'shared', 'format')
const files = corpusFiles(corpus)

describe('normalising the real corpus', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(72)
  })

  describe.each(files)('%s', (file) => {
    const input = fs.readFileSync(path.join(corpus, file), 'utf8')
    const output = normalizeMarkdown(input)

    it('passes markdownlint, but for findings allowed to stand', () => {
      expect(lintErrors(output).map((f) => `${f.line} ${f.rule} ${f.detail ?? f.description}`)).toEqual([])
    })

    it('renders to the same CommonMark + GFM HTML as its input', () => {
      expect(comparableHtml(gfmHtml(output))).toBe(comparableHtml(gfmHtml(input)))
    })

    it('comes out the same when normalised again', () => {
      expect(normalizeMarkdown(output)).toBe(output)
    })
  })

  it('writes iaas/20240724.md as the format example, with the blank line before the Manila list', () => {
    const example = fs.readFileSync(path.join(format, 'example-minutes.md'), 'utf8')
    // The example's one known flaw (format README): no blank line between a paragraph and its list.
    const listAfterParagraph = /(present by default\.)\n(- Cross-AZ)/
    expect(example).toMatch(listAfterParagraph)
    const expected = example.replace(listAfterParagraph, '$1\n\n$2')
    expect(normalizeMarkdown(fs.readFileSync(path.join(corpus, 'iaas', '20240724.md'), 'utf8'))).toBe(expected)
  })
})
