import type Token from 'markdown-it/lib/token.mjs'

/**
 * The plain text of a markdown-it inline token, as ProseMirror's
 * `textContent` of the node built from it will read: markup and images give
 * nothing, raw inline source gives its source, line breaks a newline. Detecting a
 * structured node on this text at parse time and on `textContent` in the
 * editor makes both places agree on what is one.
 */
export function inlineTokenText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline' || child.type === 'text_special' || child.type === 'html_inline') return child.content
      if (child.type === 'footnote_ref') return `[^${String(child.meta?.label ?? '')}]`
      return child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : ''
    })
    .join('')
}

/** Whether the first text of an inline token lies inside strikethrough (`~~…~~`). */
export function startsStruck(inline: Token | undefined): boolean {
  let depth = 0
  for (const child of inline?.children ?? []) {
    if (child.type === 's_open') depth++
    else if (child.type === 's_close') depth--
    else if ((child.type === 'text' || child.type === 'code_inline') && child.content.trim() !== '') return depth > 0
  }
  return false
}
