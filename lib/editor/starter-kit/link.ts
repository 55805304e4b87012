import { gfmAutolinkLiteral } from '../../markdown/markdown-it/gfm-autolink-plugin'
import type { MarkMarkdown } from '../markdown-rule'
import { linkDestination, linkTitle } from '../link-syntax'

const AUTOLINK_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f\x7f]*$/
const AUTOLINK_EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/

/**
 * Links. A link whose text is its address is written as an autolink
 * (`<https://x.org>`), which is also how bare URLs come out: GitHub renders
 * both the same way, and markdownlint flags the bare form.
 */
export const linkMarkdown: MarkMarkdown = {
  parse: {
    tokens: {
      link: { kind: 'mark', getAttrs: (token) => ({ href: token.attrGet('href') ?? '', title: token.attrGet('title') || null }) },
    },
    plugins: [gfmAutolinkLiteral],
  },
  open: () => '[',
  close: (mark) => `](${linkDestination(String(mark.attrs.href ?? ''))}${linkTitle(mark.attrs.title)})`,
  whole: (text, mark) => {
    const href = String(mark.attrs.href ?? '')
    if (mark.attrs.title) return null
    if (href === text && AUTOLINK_URI.test(text)) return `<${text}>`
    if (href === `mailto:${text}` && AUTOLINK_EMAIL.test(text)) return `<${text}>`
    return null
  },
}
