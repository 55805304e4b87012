import type { MarkdownCodec } from './codec'

/**
 * Lines where a markdownlint rule cannot be met without changing what the
 * minutes say: a tab inside code is part of the code (MD010), and a list the
 * source numbers from 4 renders from 4 (MD029 wants it to start at 1).
 */
export interface MeaningBoundLines {
  codeLines: Set<number>
  renumberedListLines: Set<number>
}

/** 1-based line numbers, from markdown-it's source maps. */
export function meaningBoundLines(codec: MarkdownCodec, markdown: string): MeaningBoundLines {
  const codeLines = new Set<number>()
  const renumberedListLines = new Set<number>()
  for (const token of codec.tokenizer.parse(markdown, {})) {
    if (!token.map) continue
    const [start, end] = token.map
    if (token.type === 'fence' || token.type === 'code_block') {
      for (let line = start + 1; line <= end; line++) codeLines.add(line)
    }
    const first = Number(token.attrGet('start') ?? 1)
    if (token.type === 'ordered_list_open' && first !== 0 && first !== 1) {
      for (let line = start + 1; line <= end; line++) renumberedListLines.add(line)
    }
  }
  return { codeLines, renumberedListLines }
}
