import MarkdownIt, { type PluginSimple } from 'markdown-it'
import footnote from 'markdown-it-footnote'

let renderer: MarkdownIt | undefined

/**
 * The minutes as HTML, the way GitHub shows the committed file: CommonMark
 * with tables, strikethrough and footnotes. Raw HTML is shown as text and
 * markdown-it refuses javascript: and similar links, so the result can be put
 * into a page as it is.
 */
export function renderMinutesHtml(markdown: string): string {
  // The footnote plugin's published types describe the CommonJS build of markdown-it.
  renderer ??= new MarkdownIt('commonmark', { html: false }).enable(['table', 'strikethrough']).use(footnote as unknown as PluginSimple)
  return renderer.render(markdown)
}
