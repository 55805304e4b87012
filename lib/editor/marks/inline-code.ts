import Code from '@tiptap/extension-code'

/** A code span around `text`: a backtick fence no run inside can close, padded where needed. */
export function codeSpan(text: string): string {
  const content = text.replace(/\n/g, ' ')
  const runs = new Set((content.match(/`+/g) ?? []).map((run) => run.length))
  let fence = 1
  while (runs.has(fence)) fence++
  const ticks = '`'.repeat(fence)
  const pad = /^`|`$/.test(content) || (/^ .* $/s.test(content) && content.trim() !== '') ? ' ' : ''
  return `${ticks}${pad}${content}${pad}${ticks}`
}

/**
 * Inline code. Tiptap's own code mark excludes every other mark, but Markdown
 * puts code in links and emphasis (`` [`just`](url) ``), so this one does not.
 */
export const InlineCode = Code.extend({
  excludes: '',

  markdown: {
    parse: { tokens: { code_inline: { kind: 'markedText' } } },
    open: () => '',
    close: () => '',
    verbatim: (text) => codeSpan(text),
  },
})
