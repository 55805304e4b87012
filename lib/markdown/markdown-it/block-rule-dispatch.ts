import type MarkdownIt from 'markdown-it'
import type { BlockRule } from './wrap-rule'

type ParserBlock = MarkdownIt['block']
type StateBlock = InstanceType<ParserBlock['State']>

/**
 * Block rules that match only where a line's first character after its
 * indentation is one of these: each reads that character before anything
 * else and returns false for any other. The rest (paragraph, setext
 * heading, table, indented code, front matter) are tried at every line.
 */
export const BLOCK_RULE_STARTS: Readonly<Record<string, string>> = {
  fence: '`~',
  blockquote: '>',
  hr: '*-_',
  list: '*-+0123456789',
  reference: '[',
  footnote_def: '[',
  html_block: '<',
  heading: '#',
}

interface Dispatch {
  /** The rules to try at a line starting with each ASCII character, in the parser's order. */
  ascii: BlockRule[][]
  /** At a line starting with any other character (or none). */
  other: BlockRule[]
}

const dispatches = new WeakMap<readonly BlockRule[], Dispatch>()

/** The dispatch of `rules`, a list the parser's ruler gave: markdown-it makes a new one whenever its rules change. */
function dispatchOf(block: ParserBlock, rules: readonly BlockRule[]): Dispatch {
  const known = dispatches.get(rules)
  if (known) return known
  const named = (block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__
  const starts = rules.map((fn) => BLOCK_RULE_STARTS[named.find((rule) => rule.fn === fn)?.name ?? ''])
  const ascii = Array.from({ length: 128 }, (_, code) => rules.filter((_, i) => starts[i] === undefined || starts[i].includes(String.fromCharCode(code))))
  const dispatch = { ascii, other: rules.filter((_, i) => starts[i] === undefined) }
  dispatches.set(rules, dispatch)
  return dispatch
}

/** The rules of `dispatch` that can match at `line`. */
function rulesAt(dispatch: Dispatch, state: StateBlock, line: number): BlockRule[] {
  const first = state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!)
  return first < 128 ? dispatch.ascii[first]! : dispatch.other
}

/**
 * One rule standing for a chain of terminators (the rules that may end a
 * paragraph, a list, a quote...): markdown-it's rules try each in turn on
 * each line until one matches, and only want to know whether one did.
 */
function anyOf(dispatch: Dispatch): BlockRule {
  return (state, line, endLine, silent) => {
    const rules = rulesAt(dispatch, state, line)
    for (let i = 0; i < rules.length; i++) if (rules[i]!(state, line, endLine, silent)) return true
    return false
  }
}

/** The ruler's getRules, giving each chain of terminators as one rule that dispatches. */
function dispatchingChains(block: ParserBlock): ParserBlock['ruler']['getRules'] {
  const getRules = block.ruler.getRules.bind(block.ruler)
  const chains = new Map<string, { rules: BlockRule[]; dispatched: BlockRule[] }>()
  return (chain) => {
    const rules = getRules(chain)
    if (chain === '') return rules
    const known = chains.get(chain)
    if (known?.rules === rules) return known.dispatched
    const dispatched = [anyOf(dispatchOf(block, rules))]
    chains.set(chain, { rules, dispatched })
    return dispatched
  }
}

/**
 * markdown-it's block tokenizer, trying at each line only the rules that can
 * match its first character: a line of text no longer goes through eight
 * calls that each look at that character and return false, which in V8's
 * interpreter, where a short CLI run stays, cost about as much as the rules
 * that matched. Otherwise markdown-it's own loop (parser_block.mjs),
 * behaviour for behaviour; the tokens are the same (tested on the corpus).
 */
function tokenize(this: ParserBlock, state: StateBlock, startLine: number, endLine: number): void {
  const dispatch = dispatchOf(this, this.ruler.getRules(''))
  const maxNesting = (state.md.options as { maxNesting?: number }).maxNesting ?? 100
  let line = startLine
  let hasEmptyLines = false
  while (line < endLine) {
    state.line = line = state.skipEmptyLines(line)
    if (line >= endLine) break
    // The end of a nested call's container (a list item's, a quote's).
    if (state.sCount[line]! < state.blkIndent) break
    // Nested too deep: markdown-it skips the rest.
    if (state.level >= maxNesting) {
      state.line = endLine
      break
    }
    const rules = rulesAt(dispatch, state, line)
    const prevLine = state.line
    let ok = false
    for (let i = 0; i < rules.length; i++) {
      ok = rules[i]!(state, line, endLine, false)
      if (ok) {
        if (prevLine >= state.line) throw new Error("block rule didn't increment state.line")
        break
      }
    }
    if (!ok) throw new Error('none of the block rules matched')
    // Tight unless an empty line came before this block.
    state.tight = !hasEmptyLines
    // A paragraph in a nested list may have taken the empty line after it.
    if (state.isEmpty(state.line - 1)) hasEmptyLines = true
    line = state.line
    if (line < endLine && state.isEmpty(line)) {
      hasEmptyLines = true
      line++
      state.line = line
    }
  }
}

export function blockRuleDispatch(md: MarkdownIt): void {
  md.block.tokenize = tokenize
  md.block.ruler.getRules = dispatchingChains(md.block)
}
