import type MarkdownIt from 'markdown-it'

type AnyRule = (...args: never[]) => unknown
type RulerOf<T> = { at(name: string, fn: T): void }

/**
 * Replaces markdown-it rule `name` by `wrap(original)`. markdown-it keeps its
 * rules in a private list; reading it is the one way to decorate a built-in or
 * plugin rule without copying it.
 */
export function wrapRule<T extends AnyRule>(ruler: RulerOf<T>, name: string, wrap: (original: T) => T): void {
  const rules = (ruler as unknown as { __rules__: { name: string; fn: T }[] }).__rules__
  const entry = rules.find((rule) => rule.name === name)
  if (!entry) throw new Error(`markdown-it has no rule named "${name}"`)
  ruler.at(name, wrap(entry.fn))
}

export type BlockRule = Parameters<MarkdownIt['block']['ruler']['at']>[1]
export type InlineRule = Parameters<MarkdownIt['inline']['ruler']['at']>[1]
export type CoreRule = Parameters<MarkdownIt['core']['ruler']['at']>[1]
