import { parseArgs } from 'node:util'
import { EXIT } from './exit'
import { endReports, helperQueue, pairedHelper, reportOutcome } from './process-pair'
import type { NormalizeMode } from './normalize-file'
import { normalizeFiles, normalizeFromQueue } from './normalize-files'
import { processOutput, type Output } from './output'
import { USAGE } from './usage'

export { EXIT } from './exit'
export type { Output } from './output'

type CommandLine = { command: 'normalize'; mode: NormalizeMode; files: string[] } | { command: 'lint'; config?: string; files: string[] } | { command: 'help' } | { usageError: string }

/** What the arguments ask for, or what is wrong with them. */
function readCommandLine(argv: string[]): CommandLine {
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
    return { usageError: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  const [command, ...files] = positionals
  if (command !== 'normalize' && command !== 'lint') return { usageError: command ? `unknown command "${command}"` : 'no command' }
  if (files.length === 0) return { usageError: 'no FILE given' }
  if (command === 'lint') {
    if (values.write || values.check) return { usageError: '--write and --check belong to normalize' }
    return { command, config: values.config, files }
  }
  if (values.config) return { usageError: '--config belongs to lint' }
  if (values.write && values.check) return { usageError: '--write and --check exclude each other' }
  if (!values.write && !values.check && files.length > 1) return { usageError: 'normalize prints one FILE; use --write or --check for several' }
  return { command, mode: values.write ? 'write' : values.check ? 'check' : 'print', files }
}

/**
 * Runs the `live-minutes` command line; resolves to the exit status.
 * `paired`: this process is the main one of a pair, its helper's reports
 * on stdin (process-pair.ts).
 */
export async function main(argv: string[], io: Output = processOutput, paired = false): Promise<number> {
  const commandLine = readCommandLine(argv)
  if ('usageError' in commandLine) {
    io.err(`live-minutes: ${commandLine.usageError}\n${USAGE}`)
    return EXIT.error
  }
  if (commandLine.command === 'help') {
    io.out(USAGE)
    return EXIT.ok
  }
  // Imported only here: the launcher's bundle for `normalize` leaves the linter out (bin/build-bundle.cjs).
  if (commandLine.command === 'lint') return (await import('./lint-files')).lintFiles(commandLine.files, commandLine.config, io)
  const { files, mode } = commandLine
  return normalizeFiles(files, mode, io, paired && mode !== 'print' ? pairedHelper(files) : undefined)
}

/**
 * The helper's entry: the same command line, and its part of the files of
 * a `normalize --write` or `--check`, each reported down its stdout.
 * Resolves once the last of them is written and reported.
 */
export async function helpNormalize(argv: string[]): Promise<void> {
  const commandLine = readCommandLine(argv)
  if (!('command' in commandLine) || commandLine.command !== 'normalize' || commandLine.mode === 'print') return
  await normalizeFromQueue(commandLine.files, commandLine.mode, helperQueue(commandLine.files), reportOutcome)
  endReports()
}

export { HELPER_ARGUMENT, PAIRED_ARGUMENT } from './process-pair'
export { warmUp } from './warm-up'
