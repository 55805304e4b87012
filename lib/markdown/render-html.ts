import MarkdownIt, { type PluginSimple } from 'markdown-it'
import footnote from 'markdown-it-footnote'

let renderer: MarkdownIt | undefined

/**
 * The minutes as HTML, the way GitHub shows the committed file: CommonMark
 * with tables, strikethrough and footnotes. Raw HTML is shown as text and
 * markdown-it refuses javascript: and similar links, so the result can be put
 * into a page as it is.
 */
export function renderMinutesHtml(markdown: string, options: RenderOptions = {}): string {
  // The footnote plugin's published types describe the CommonJS build of markdown-it.
  renderer ??= withImageSources(new MarkdownIt('commonmark', { html: false }).enable(['table', 'strikethrough']).use(footnote as unknown as PluginSimple))
  return renderer.render(markdown, { imageSrc: options.imageSrc } satisfies RenderEnv)
}

export interface RenderOptions {
  /**
   * Where the page loads an image from; the Markdown keeps its own link. A
   * pasted image's relative `<uuid>.<ext>` is only there once committed.
   */
  imageSrc?: (src: string) => string
}

interface RenderEnv {
  imageSrc?: (src: string) => string
}

function withImageSources(md: MarkdownIt): MarkdownIt {
  const image = md.renderer.rules.image!
  md.renderer.rules.image = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx]!
    const src = token.attrGet('src')
    if (env.imageSrc && src !== null) token.attrSet('src', env.imageSrc(src))
    return image(tokens, idx, options, env, self)
  }
  return md
}
