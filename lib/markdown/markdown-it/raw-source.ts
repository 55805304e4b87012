import type MarkdownIt from 'markdown-it'
import { wrapRule, type BlockRule } from './wrap-rule'

/** Token type of a block kept as its source text (see lib/editor/nodes/raw-block.ts). */
export const RAW_BLOCK_TOKEN = 'raw_block'

/**
 * Makes block rule `name` emit a single `raw_block` token holding the lines it
 * matched, verbatim apart from the indentation of enclosing containers, instead
 * of its own tokens: for constructs the editor has no node for.
 */
export function keepBlockAsSource(md: MarkdownIt, name: string, drop?: (source: string) => boolean): void {
  wrapRule<BlockRule>(md.block.ruler, name, (original) => (state, startLine, endLine, silent) => {
    const firstToken = state.tokens.length
    const matched = original(state, startLine, endLine, silent)
    if (!matched || silent) return matched
    state.tokens.length = firstToken
    const source = state.getLines(startLine, state.line, state.blkIndent, false)
    if (drop?.(source)) return true
    const token = state.push(RAW_BLOCK_TOKEN, '', 0)
    token.content = source
    token.map = [startLine, state.line]
    token.block = true
    return true
  })
}
