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

/** The dispatch of `rules`, the list of one of the ruler's chains. */
function dispatchOf(block: ParserBlock, rules: readonly BlockRule[]): Dispatch {
  const named = (block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__
  const starts = rules.map((fn) => BLOCK_RULE_STARTS[named.find((rule) => rule.fn === fn)?.name ?? ''])
  const ascii = Array.from({ length: 128 }, (_, code) => rules.filter((_, i) => starts[i] === undefined || starts[i].includes(String.fromCharCode(code))))
  return { ascii, other: rules.filter((_, i) => starts[i] === undefined) }
}

/**
 * One rule standing for a chain of terminators (the rules that may end a
 * paragraph, a list, a quote...): markdown-it's rules try each in turn on
 * each line until one matches, and only want to know whether one did.
 */
function anyOf({ ascii, other }: Dispatch): BlockRule {
  return (state, line, endLine, silent) => {
    const first = state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!)
    const rules = first < 128 ? ascii[first]! : other
    for (let i = 0; i < rules.length; i++) if (rules[i]!(state, line, endLine, silent)) return true
    return false
  }
}

interface Chain {
  /** The chain's rules as markdown-it lists them: a new list whenever rules are added, enabled or disabled. */
  rules: readonly BlockRule[]
  dispatch: Dispatch
  /** The chain as the one rule that dispatches. */
  asOne: BlockRule[]
}

/**
 * markdown-it's block tokenizer, trying at each line only the rules that can
 * match its first character: a line of text no longer goes through eight
 * calls that each look at that character and return false, which in V8's
 * interpreter, where a short CLI run stays, cost about as much as the rules
 * that matched. Otherwise markdown-it's own loop (parser_block.mjs),
 * behaviour for behaviour; the tokens are the same (tested on the corpus).
 */
function tokenizeWith({ ascii, other }: Dispatch, state: StateBlock, startLine: number, endLine: number): void {
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
    const first = state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!)
    const rules = first < 128 ? ascii[first]! : other
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
  const block = md.block
  const ruler = block.ruler
  const getRules = (Object.getPrototypeOf(ruler) as typeof ruler).getRules
  const chains: Record<string, Chain | undefined> = Object.create(null) as Record<string, Chain | undefined>
  // Looked up at each call, the lists being markdown-it's to change.
  const chain = (name: string): Chain => {
    const rules = getRules.call(ruler, name)
    // A chain no rule is in comes as a new empty list each time.
    if (rules.length === 0) return { rules, dispatch: { ascii: [], other: [] }, asOne: [] }
    let known = chains[name]
    if (known === undefined || known.rules !== rules) {
      const dispatch = dispatchOf(block, rules)
      known = chains[name] = { rules, dispatch, asOne: [anyOf(dispatch)] }
    }
    return known
  }
  block.tokenize = (state, startLine, endLine) => tokenizeWith(chain('').dispatch, state, startLine, endLine)
  ruler.getRules = (name) => (name === '' ? getRules.call(ruler, name) : chain(name).asOne)
}
