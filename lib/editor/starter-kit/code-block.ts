import type { NodeMarkdown } from '../markdown-rule'

const withoutFinalNewline = (text: string) => text.replace(/\n$/, '')

/** A fence no line of the code can close, with `text` when the language is unknown. */
function fenced(code: string, language: string): string[] {
  const char = language.includes('`') ? '~' : '`'
  const longestRun = Math.max(0, ...(code.match(char === '`' ? /`+/g : /~+/g) ?? []).map((run) => run.length))
  const fence = char.repeat(Math.max(3, longestRun + 1))
  return [fence + language, ...(code === '' ? [] : code.split('\n')), fence]
}

export const codeBlockMarkdown: NodeMarkdown = {
  parse: {
    tokens: {
      fence: {
        kind: 'leaf',
        getAttrs: (token) => ({ language: token.info.trim().split(/\s+/)[0] || null }),
        text: (token) => withoutFinalNewline(token.content),
      },
      code_block: { kind: 'leaf', text: (token) => withoutFinalNewline(token.content) },
    },
  },
  block: (node) => fenced(node.textContent, typeof node.attrs.language === 'string' && node.attrs.language ? node.attrs.language : 'text'),
}
