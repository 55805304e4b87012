/** A link destination as Markdown: bare where it can be, in `<…>` where it must. */
export function linkDestination(href: string): string {
  const entityLike = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g
  let depth = 0
  let balanced = true
  for (const ch of href) {
    if (ch === '(') depth++
    else if (ch === ')' && --depth < 0) balanced = false
  }
  if (href === '' || /[\s<>]/.test(href) || href.startsWith('<') || !balanced || depth !== 0 || /[\x00-\x1f\x7f]/.test(href)) {
    return `<${href.replace(/[\\<>]/g, '\\$&').replace(entityLike, '\\&').replace(/\n/g, '%0A')}>`
  }
  return href.replace(/[\\()]/g, '\\$&').replace(entityLike, '\\&')
}

/** A link or image title as Markdown, with its leading space. */
export function linkTitle(title: unknown): string {
  if (typeof title !== 'string' || title === '') return ''
  return ` "${title.replace(/[\\"]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')}"`
}
