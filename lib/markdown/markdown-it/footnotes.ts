import type MarkdownIt from 'markdown-it'
import type { PluginSimple } from 'markdown-it'
import footnotePlugin from 'markdown-it-footnote'
import { keepBlockAsSource } from './raw-source'

/**
 * GFM footnotes, read with markdown-it-footnote: definitions are kept as
 * source where they stand (not gathered at the end, not rendered), references
 * become `footnote_ref` tokens. `^[inline]` footnotes are not GFM.
 */
export function footnotes(md: MarkdownIt): void {
  // The plugin's published types describe the CommonJS build of markdown-it.
  md.use(footnotePlugin as unknown as PluginSimple)
  md.inline.ruler.disable('footnote_inline')
  md.core.ruler.disable('footnote_tail')
  keepBlockAsSource(md, 'footnote_def')
}
