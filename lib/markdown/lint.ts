import type { Configuration } from 'markdownlint'
import { lint } from 'markdownlint/sync'
import { minutesCodec } from './codec'
import { meaningBoundLines, type MeaningBoundLines } from './meaning-bound'

export type LintConfig = Configuration

/** What the repository format asks for: markdownlint's defaults without line length and duplicate headings. */
export const defaultLintConfig: LintConfig = Object.freeze({ default: true, MD013: false, MD024: false })

/**
 * Rules that may stand because meeting them would change what the minutes
 * say (two H1s in a slide deck, raw HTML, an image without alt text): they
 * are reported as warnings, never "fixed".
 */
export const allowedToStand: readonly string[] = Object.freeze([
  'MD001', 'MD025', 'MD033', 'MD036', 'MD041', 'MD042', 'MD045', 'MD051', 'MD052', 'MD053', 'MD055', 'MD056', 'MD059',
])

export interface LintFinding {
  /** 1-based. */
  line: number
  /** `MD009` and so on. */
  rule: string
  description: string
  detail?: string
  severity: 'error' | 'warning'
}

/**
 * Which lines a rule's findings may stand on (see meaning-bound.ts); the
 * blank-line rules cannot be met inside a tight list without making it loose.
 */
const BOUND_BY_RULE: Readonly<Record<string, keyof MeaningBoundLines>> = {
  MD010: 'codeLines',
  MD029: 'renumberedListLines',
  MD022: 'tightListLines',
  MD031: 'tightListLines',
  MD058: 'tightListLines',
}

/**
 * markdownlint's findings on `markdown`. Warnings are the findings that may
 * stand: the rules the format allows to stand, and findings that could only
 * be fixed by changing the minutes' meaning (a tab inside code, a list that
 * really starts at 4). Everything else is an error.
 */
export function lintMarkdown(markdown: string, config: LintConfig = defaultLintConfig): LintFinding[] {
  const results = lint({ strings: { minutes: markdown }, config, handleRuleFailures: true })
  let bound: MeaningBoundLines | undefined
  const meaningBound = (rule: string, line: number) => {
    const kind = BOUND_BY_RULE[rule]
    if (!kind) return false
    bound ??= meaningBoundLines(minutesCodec(), markdown)
    return bound[kind].has(line)
  }
  return (results.minutes ?? []).map((error) => {
    const rule = error.ruleNames[0] ?? 'unknown'
    const detail = error.errorDetail ?? error.errorContext ?? undefined
    const stands = allowedToStand.includes(rule) || error.severity === 'warning' || meaningBound(rule, error.lineNumber)
    return {
      line: error.lineNumber,
      rule,
      description: error.ruleDescription,
      ...(detail ? { detail } : {}),
      severity: stands ? 'warning' : 'error',
    }
  })
}
