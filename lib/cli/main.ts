import { parseArgs } from 'node:util'
import { readInput } from './read-input'
import { USAGE } from './usage'
import { writeAtomically } from './write-atomically'

/** Where the commands write; a parameter so that tests can capture it. */
export interface Output {
  out: (line: string) => void
  err: (line: string) => void
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const

type Options = { write: boolean; check: boolean; config?: string }

/**
 * Calls `handle` with each file's text; a file that cannot be read gets one
 * error line and status 2, and the others are still handled.
 */
function eachInput(files: string[], io: Output, handle: (file: string, text: string, mode: number) => number): number {
  let status: number = EXIT.ok
  for (const file of files) {
    const input = readInput(file)
    const result = input.ok ? handle(file, input.text, input.mode) : EXIT.error
    if (!input.ok) io.err(`live-minutes: ${file}: ${input.reason}\n`)
    status = Math.max(status, result)
  }
  return status
}

async function normalizeFiles(files: string[], options: Options, io: Output): Promise<number> {
  const { normalizeMarkdown } = await import('../markdown/normalize')
  return eachInput(files, io, (file, text, mode) => {
    const output = normalizeMarkdown(text)
    if (!options.write && !options.check) {
      io.out(output)
      return EXIT.ok
    }
    if (output === text) return EXIT.ok
    if (options.check) {
      io.out(`${file}\n`)
      return EXIT.findings
    }
    try {
      writeAtomically(file, output, mode)
    } catch (error) {
      io.err(`live-minutes: ${file}: not written (${(error as Error).message})\n`)
      return EXIT.error
    }
    io.out(`${file}\n`)
    return EXIT.ok
  })
}

async function lintFiles(files: string[], options: Options, io: Output): Promise<number> {
  const [{ normalizeMarkdown }, { lintMarkdown }, { loadLintConfig }] = await Promise.all([
    import('../markdown/normalize'),
    import('../markdown/lint'),
    import('../markdown/lint-config'),
  ])
  let config
  try {
    config = options.config ? loadLintConfig(options.config) : undefined
  } catch (error) {
    io.err(`live-minutes: ${(error as Error).message.split('\n')[0]}\n`)
    return EXIT.error
  }
  return eachInput(files, io, (file, text) => {
    const findings = lintMarkdown(normalizeMarkdown(text), config).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule))
    for (const finding of findings) {
      const detail = finding.detail ? ` [${finding.detail}]` : ''
      const warning = finding.severity === 'warning' ? ' (warning)' : ''
      io.out(`${file}:${finding.line} ${finding.rule} ${finding.description}${detail}${warning}\n`)
    }
    return findings.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.ok
  })
}

/** Runs the `live-minutes` command line; resolves to the exit status. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        write: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    io.err(`live-minutes: ${(error as Error).message}\n${USAGE}`)
    return EXIT.error
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.out(USAGE)
    return EXIT.ok
  }
  const [command, ...files] = positionals
  const usageError = (message: string) => {
    io.err(`live-minutes: ${message}\n${USAGE}`)
    return EXIT.error
  }
  if (command !== 'normalize' && command !== 'lint') return usageError(command ? `unknown command "${command}"` : 'no command')
  if (files.length === 0) return usageError('no FILE given')
  const options: Options = { write: values.write, check: values.check, config: values.config }
  if (command === 'lint') {
    if (options.write || options.check) return usageError('--write and --check belong to normalize')
    return lintFiles(files, options, io)
  }
  if (options.config) return usageError('--config belongs to lint')
  if (options.write && options.check) return usageError('--write and --check exclude each other')
  if (!options.write && !options.check && files.length > 1) return usageError('normalize prints one FILE; use --write or --check for several')
  return normalizeFiles(files, options, io)
}
