import { lintMarkdown } from '../markdown/lint'
import { loadLintConfig } from '../markdown/lint-config'
import { normalizeMarkdown } from '../markdown/normalize'
import { EXIT } from './exit'
import type { Output } from './output'
import { readInput } from './read-input'

/** `lint`: prints what remains of each file once normalised, one finding a line; resolves to the exit status. */
export function lintFiles(files: string[], configPath: string | undefined, io: Output): number {
  let config
  try {
    config = configPath ? loadLintConfig(configPath) : undefined
  } catch (error) {
    io.err(`live-minutes: ${(error as Error).message.split('\n')[0]}\n`)
    return EXIT.error
  }
  let status: number = EXIT.ok
  for (const file of files) {
    const input = readInput(file)
    if (!input.ok) {
      io.err(`live-minutes: ${file}: ${input.reason}\n`)
      status = EXIT.error
      continue
    }
    const findings = lintMarkdown(normalizeMarkdown(input.text), config).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))
    for (const finding of findings) {
      const detail = finding.detail ? ` [${finding.detail}]` : ''
      const warning = finding.severity === 'warning' ? ' (warning)' : ''
      io.out(`${file}:${finding.line} ${finding.rule} ${finding.description}${detail}${warning}\n`)
    }
    if (findings.some((finding) => finding.severity === 'error')) status = Math.max(status, EXIT.findings)
  }
  return status
}

/** Lints `markdown` as `lint` would, for its code only: see lib/cli/warm-up.ts. */
export function warmUpLint(markdown: string): void {
  lintMarkdown(normalizeMarkdown(markdown))
}
