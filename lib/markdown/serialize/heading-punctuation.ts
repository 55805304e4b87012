// markdownlint's MD026 punctuation; a trailing `:emoji:` is not punctuation.
const TRAILING_PUNCTUATION = /[.,;:!。，；：！]+$/
const TRAILING_SHORTCODE = /:[A-Za-z0-9_+-]+:$/

/**
 * A heading's last text without its trailing punctuation (a pad's
 * `## Agenda:`), or null when it keeps it: a trailing `:emoji:`. '' means
 * nothing but punctuation was there.
 */
export function withoutTrailingPunctuation(text: string): string | null {
  const trimmed = text.replace(/[ \t]+$/, '')
  if (TRAILING_SHORTCODE.test(trimmed)) return null
  return trimmed.replace(TRAILING_PUNCTUATION, '').replace(/[ \t]+$/, '')
}
