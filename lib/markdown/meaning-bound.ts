import type { MarkdownCodec } from './codec'

/**
 * Lines where a markdownlint rule cannot be met without changing what the
 * minutes say: a tab inside code is part of the code (MD010); a list the
 * source numbers from 4 renders from 4 (MD029 wants it to start at 1); a
 * heading, fence or table inside a tight list item cannot get the blank lines
 * MD022, MD031 and MD058 ask for, which would make the list loose.
 */
export interface MeaningBoundLines {
  codeLines: Set<number>
  renumberedListLines: Set<number>
  tightListLines: Set<number>
}

/** 1-based line numbers, from markdown-it's source maps. */
export function meaningBoundLines(codec: MarkdownCodec, markdown: string): MeaningBoundLines {
  const codeLines = new Set<number>()
  const renumberedListLines = new Set<number>()
  const tightListLines = new Set<number>()
  for (const token of codec.tokenizer.parse(markdown, {})) {
    if (!token.map) continue
    const [start, end] = token.map
    if (token.type === 'fence' || token.type === 'code_block') {
      for (let line = start + 1; line <= end; line++) codeLines.add(line)
    }
    const isList = token.type === 'ordered_list_open' || token.type === 'bullet_list_open'
    if (isList && token.meta?.tight !== false) {
      for (let line = start + 1; line <= end; line++) tightListLines.add(line)
    }
    const first = Number(token.attrGet('start') ?? 1)
    if (token.type === 'ordered_list_open' && first !== 0 && first !== 1) {
      for (let line = start + 1; line <= end; line++) renumberedListLines.add(line)
    }
  }
  return { codeLines, renumberedListLines, tightListLines }
}
