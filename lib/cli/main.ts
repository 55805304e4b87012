import { parseArgs } from 'node:util'
import type { MessagePort } from 'node:worker_threads'
import { EXIT } from './exit'
import { sharedFileQueue } from './file-queue'
import type { HelperMessage, NormalizeHelper } from './helper-thread'
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
 * Runs the `live-minutes` command line; resolves to the exit status. A
 * `helper` thread, where the launcher started one, takes a share of the files
 * of `normalize --write` or `--check`.
 */
export async function main(argv: string[], io: Output = processOutput, helper?: NormalizeHelper): Promise<number> {
  const commandLine = readCommandLine(argv)
  const normalizing = 'command' in commandLine && commandLine.command === 'normalize'
  if (!normalizing) helper?.stop()
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
  return normalizeFiles(commandLine.files, commandLine.mode, io, helper)
}

/**
 * The helper thread's entry: the same command line, and its share of the
 * files of a `normalize`, taken from the queue counting in `queueBuffer`.
 */
export function helpNormalize(argv: string[], queueBuffer: SharedArrayBuffer, port: Pick<MessagePort, 'postMessage'>): void {
  const commandLine = readCommandLine(argv)
  if (!('command' in commandLine) || commandLine.command !== 'normalize') return
  // The thread lives on until its last write is done.
  void normalizeFromQueue(commandLine.files, commandLine.mode, sharedFileQueue(queueBuffer), (index, outcome) => port.postMessage({ index, outcome } satisfies HelperMessage))
}

export { workerHelper } from './helper-thread'
export { warmUp } from './warm-up'
