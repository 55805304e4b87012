import { parseMarkdown } from './parse'
import { serializeMarkdown } from './serialize'

/** Any Markdown (a pad's, an old file) in the repository format, meaning unchanged. */
export function normalizeMarkdown(markdown: string): string {
  return serializeMarkdown(parseMarkdown(markdown))
}
