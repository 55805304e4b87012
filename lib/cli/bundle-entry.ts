import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import v8 from 'node:v8'
import { loadBuiltin } from './load-builtin'
import { HELPER_ARGUMENT, helpNormalize, main, PAIRED_ARGUMENT, warmUp } from './main'
import { processOutput } from './output'
import { helperShare } from './process-pair'
import { WARM_UP_MINUTES } from './warm-up'

// The entry of the CLI's bundles (bin/build-bundle.cjs). bin/live-minutes.cjs
// runs a bundle as a script; the build also runs each one under
// `node --build-snapshot` to make a V8 startup snapshot of it, which
// bin/live-minutes starts from: Node then begins with the bundle loaded and
// warmed up, instead of compiling and initialising it at every run.

export * from './main'

/** What the build tells a bundle it makes a startup snapshot of, in SNAPSHOT_BUILD_VARIABLE. */
export interface SnapshotBuild {
  /** The repository the bundle was built from. */
  root: string
  /** Each input of the bundle, relative to `root`, with its mtime at the build (bin/build-bundle.cjs's manifest). */
  inputs: Record<string, number>
  /** The commands the bundle is warmed up for, so that the snapshot holds their compiled code. */
  commands: string[]
}

export const SNAPSHOT_BUILD_VARIABLE = 'LIVE_MINUTES_SNAPSHOT_BUILD'

/** Each input's path and its mtime at the build: joined at the build, since every run checks them. */
type Inputs = [path: string, mtime: number][]

/** Whether the files the snapshot was built from are still as they were. */
function sourcesUnchanged(inputs: Inputs): boolean {
  try {
    for (const [file, mtime] of inputs) if (fs.statSync(file).mtimeMs !== mtime) return false
    return true
  } catch {
    return false
  }
}

/**
 * A run started from the snapshot. process.argv[1] is the launcher
 * (bin/live-minutes passes it): where a source changed since the snapshot
 * was made, the launcher runs instead, and builds everything again.
 */
function runFromSnapshot(inputs: Inputs): void {
  const launcher = process.argv[1]!
  if (!sourcesUnchanged(inputs)) {
    createRequire(launcher)(launcher)
    return
  }
  if (process.env.LIVE_MINUTES_DEBUG === 'startup') fs.writeSync(2, 'live-minutes: started from the startup snapshot\n')
  // As the launcher does: a run over a few hundred files ends before V8's optimising compiler pays back what it costs.
  if (process.argv.length < 300) v8.setFlagsFromString('--no-opt')
  const args = process.argv.slice(2)
  if (args[0] === HELPER_ARGUMENT) void helpNormalize(args.slice(1))
  else void main(args.slice(args[0] === PAIRED_ARGUMENT ? 1 : 0), processOutput, args[0] === PAIRED_ARGUMENT).then((status) => (process.exitCode = status))
}

/**
 * Runs the command line's own code once, on a file of the warm-up minutes:
 * what every run goes through besides the Markdown (reading the arguments
 * and the files, writing them) is then compiled in the snapshot, too.
 */
async function warmUpCommandLine(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(loadBuiltin<typeof import('node:os')>('node:os').tmpdir(), 'live-minutes-warm-up-'))
  try {
    const file = path.join(dir, 'minutes.md')
    fs.writeFileSync(file, WARM_UP_MINUTES)
    const silent = { out: () => {}, err: () => {} }
    for (const mode of ['--check', '--write']) await main(['normalize', mode, file, file], silent)
    helperShare([file])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function prepareSnapshot(build: SnapshotBuild): Promise<void> {
  const inputs: Inputs = Object.entries(build.inputs).map(([file, mtime]) => [path.join(build.root, file), mtime])
  for (const command of build.commands) await warmUp(command)
  await warmUpCommandLine()
  v8.startupSnapshot.setDeserializeMainFunction(() => runFromSnapshot(inputs))
}

const snapshotBuild = process.env[SNAPSHOT_BUILD_VARIABLE]
if (snapshotBuild !== undefined && v8.startupSnapshot.isBuildingSnapshot()) void prepareSnapshot(JSON.parse(snapshotBuild) as SnapshotBuild)
