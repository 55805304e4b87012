import type MarkdownIt from 'markdown-it'

type StateBlock = InstanceType<MarkdownIt['block']['State']>

/**
 * markdown-it's block state, with the lines' marks found by `indexOf('\n')`
 * and a look at each line's leading whitespace, where markdown-it's own
 * constructor (rules_block/state_block.mjs) visits every character of the
 * document in V8's interpreter. Same fields, same values (tested on the
 * corpus), same prototype.
 */
function createFastBlockState(Stock: MarkdownIt['block']['State']): MarkdownIt['block']['State'] {
  function FastBlockState(this: StateBlock, src: string, md: MarkdownIt, env: unknown, tokens: StateBlock['tokens']) {
    this.src = src
    this.md = md
    this.env = env
    this.tokens = tokens
    this.bMarks = []
    this.eMarks = []
    this.tShift = []
    this.sCount = []
    this.bsCount = []
    this.blkIndent = 0
    this.line = 0
    this.lineMax = 0
    this.tight = false
    this.ddIndent = -1
    this.listIndent = -1
    this.parentType = 'root'
    this.level = 0
    const length = src.length
    for (let start = 0; start < length; ) {
      let pos = start
      let indent = 0
      let offset = 0
      for (let ch = src.charCodeAt(pos); ch === 0x20 || ch === 0x09; ch = src.charCodeAt(++pos)) {
        indent++
        offset += ch === 0x09 ? 4 - (offset % 4) : 1
      }
      // A last line of nothing but whitespace, without a newline, is no line to markdown-it.
      if (pos >= length) break
      const newline = src.indexOf('\n', pos)
      const end = newline === -1 ? length : newline
      this.bMarks.push(start)
      this.eMarks.push(end)
      this.tShift.push(indent)
      this.sCount.push(offset)
      this.bsCount.push(0)
      start = end + 1
    }
    // markdown-it's sentinel line.
    this.bMarks.push(length)
    this.eMarks.push(length)
    this.tShift.push(0)
    this.sCount.push(0)
    this.bsCount.push(0)
    this.lineMax = this.bMarks.length - 1
  }
  FastBlockState.prototype = Stock.prototype
  return FastBlockState as unknown as MarkdownIt['block']['State']
}

export function fastBlockState(md: MarkdownIt): void {
  md.block.State = createFastBlockState(md.block.State)
}
