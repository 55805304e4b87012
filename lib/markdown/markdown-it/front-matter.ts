import type MarkdownIt from 'markdown-it'
import { RAW_BLOCK_TOKEN } from './raw-source'
import type { BlockRule } from './wrap-rule'

// The fences markdownlint itself recognises as front matter, so that what the
// codec keeps verbatim is exactly what the linter skips.
const FENCES: readonly (readonly [RegExp, RegExp])[] = [
  [/^---[ \t]*$/, /^---\s*$/],
  [/^\+\+\+[ \t]*$/, /^(\+\+\+|\.\.\.)\s*$/],
  [/^\{[ \t]*$/, /^\}\s*$/],
]

const frontMatterRule: BlockRule = (state, startLine, endLine, silent) => {
  if (startLine !== 0 || state.level !== 0 || state.blkIndent !== 0) return false
  const lineAt = (line: number) => state.src.slice(state.bMarks[line], state.eMarks[line])
  const fence = FENCES.find(([open]) => open.test(lineAt(0)))
  if (!fence) return false
  let closing = 1
  while (closing < endLine && !fence[1].test(lineAt(closing))) closing++
  if (closing >= endLine) return false
  if (silent) return true
  const token = state.push(RAW_BLOCK_TOKEN, '', 0)
  token.content = state.getLines(0, closing + 1, 0, false)
  token.map = [0, closing + 1]
  token.block = true
  state.line = closing + 1
  return true
}

/** Front matter (YAML, TOML or JSON) at the top of a file, kept verbatim. */
export function frontMatter(md: MarkdownIt): void {
  md.block.ruler.before('table', 'front_matter', frontMatterRule)
}
