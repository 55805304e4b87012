#!/usr/bin/env node
// Runs lib/cli/main.ts. Compiling the TypeScript and loading a few hundred
// ESM files of dependencies would cost more than the work itself, so the CLI
// is bundled once with esbuild (the compiler tsx uses) into
// node_modules/.cache and rebuilt whenever one of its inputs changes
// (bin/build-bundle.cjs): once whole, and once without the linter for
// `normalize`. Where that cache cannot be written, tsx runs the sources.
//
// Each bundle is one CommonJS file so that it can be compiled through
// vm.Script, whose V8 code cache Node 20 offers for no ES module: the first
// run of each command stores, beside the bundle, the bytecode of every
// function it ran and of a warm-up (lib/cli/warm-up.ts), and later runs
// start from it instead of compiling again.
// CommonJS itself: Node starts a CommonJS entry a few milliseconds sooner
// than an ES module one, and the whole run takes a few hundred.
//
// `normalize --write` and `--check` of enough Markdown share the files with
// a helper thread (see lib/cli/helper-thread.ts). It is started here, before
// this thread loads the CLI, so that both start up at once, and it runs this
// same file, with HELPER_THREAD as its one argument: the branch at the end.
const fs = require('node:fs')
const { createRequire } = require('node:module')
const path = require('node:path')
const v8 = require('node:v8')
const vm = require('node:vm')

const HELPER_THREAD = '--live-minutes-helper-thread'
// Told by an argument first: a run without a helper never loads node:worker_threads.
const isHelperThread = process.argv[2] === HELPER_THREAD && !require('node:worker_threads').isMainThread

// A run over a few hundred files ends before V8's optimising compiler, which
// works on a second thread, pays back what it costs; longer runs keep it.
// The flag is the process's, so the helper thread's too.
const shortRun = isHelperThread ? require('node:worker_threads').workerData.shortRun : process.argv.length < 300
if (shortRun && !isHelperThread) v8.setFlagsFromString('--no-opt')

const root = path.resolve(__dirname, '..')
const cache = path.join(root, 'node_modules', '.cache', 'live-minutes')
const manifest = path.join(cache, 'manifest.json')

/** The path of bundle `name`, when the bundles were built from the files as they are now. */
function freshBundle(name) {
  try {
    const { bundles, inputs } = JSON.parse(fs.readFileSync(manifest, 'utf8'))
    const fresh = Object.entries(inputs).every(([file, mtime]) => fs.statSync(path.join(root, file)).mtimeMs === mtime)
    return fresh ? bundles[name] : null
  } catch {
    return null
  }
}

/**
 * Stored the way the bundle is: under a unique name, then renamed, so that
 * no run reads half of it. After the bundle's warm-up for the command, so
 * that the cache holds what the command needs, whatever this run's files.
 */
async function storeCodeCache(file, script, cli, command) {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await cli.warmUp?.(command)
    fs.writeFileSync(temporary, script.createCachedData())
    fs.renameSync(temporary, file)
  } catch {
    // Without it the next run compiles again, as this one did.
    fs.rmSync(temporary, { force: true })
  }
}

/**
 * Runs the CommonJS bundle at `entry`, compiled from the code cache stored
 * for `command` where there is a valid one. Returns the bundle's exports and
 * what to do once the command has run: store the cache, if it was missing or
 * V8 rejected it (another Node, other flags). Only the main thread stores it.
 */
function runBundle(entry, command) {
  const source = fs.readFileSync(entry, 'latin1')
  // V8 takes a cache only when made under the same flags, so each setting of --no-opt has its own.
  const cacheFile = path.join(path.dirname(entry), `${path.basename(entry, '.cjs')}-${command}${shortRun ? '' : '-long'}.v8-cache`)
  let cachedData
  try {
    cachedData = fs.readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  // Node's own CommonJS wrapper, kept on the first line so that stack traces keep the bundle's line numbers.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const script = new vm.Script(wrapped, { filename: entry, cachedData })
  const bundle = { exports: {} }
  // prosemirror-model formats a stack trace as it loads, to tell whether it
  // runs on V8, and V8 then finds the line ends of the whole bundle: more
  // work than loading the rest. Without frames there is nothing to find; the
  // workaround it would switch on guards long-lived editors' memory.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    script.runInThisContext()(bundle.exports, createRequire(entry), bundle, entry, path.dirname(entry))
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  const stale = cachedData === undefined || script.cachedDataRejected
  return { cli: bundle.exports, afterRun: stale ? () => storeCodeCache(cacheFile, script, bundle.exports, command) : async () => {} }
}

async function loadCli(entry, name, command) {
  try {
    return runBundle(entry ?? (await require('./build-bundle.cjs').buildBundle(root, cache, manifest)).bundles[name], command)
  } catch {
    const { tsImport } = await import('tsx/esm/api')
    return { cli: await tsImport('../lib/cli/main.ts', __filename), afterRun: async () => {} }
  }
}

/**
 * Less Markdown than this is done before a helper thread has started and
 * paid for what it costs. A Node 20 worker starts up without a snapshot, as
 * slowly as a whole process, then loads the bundle; on our 2-core machine a
 * helper broke even at about 200 KB, two thirds faster at 360 KB, and cost
 * a few percent at 180 KB.
 */
const BYTES_FOR_A_HELPER = 256 * 1024

/** Whether `normalize` of these arguments is worth a helper thread here. */
function wantsHelper(args) {
  if (!args.includes('--write') && !args.includes('--check')) return false
  const threads = process.env.LIVE_MINUTES_THREADS === undefined ? require('node:os').availableParallelism() : Number(process.env.LIVE_MINUTES_THREADS)
  if (!(threads > 1)) return false
  let bytes = 0
  // The command's name first, then the files; what cannot be read counts for nothing here.
  for (const file of args.filter((arg) => !arg.startsWith('-')).slice(1)) {
    bytes += fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0
    if (bytes >= BYTES_FOR_A_HELPER) return true
  }
  return false
}

function startHelper(entry, args) {
  const { Worker } = require('node:worker_threads')
  const queueBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  // It prints nothing: it posts what each file gave, for this thread to print in order.
  const worker = new Worker(__filename, { argv: [HELPER_THREAD], workerData: { entry, args, queueBuffer, shortRun }, stdout: true, stderr: true })
  // Its failures are the CLI's to handle (lib/cli/helper-thread.ts), once loaded; none may crash this thread before.
  worker.on('error', () => {})
  return { worker, queueBuffer }
}

if (!isHelperThread) {
  const args = process.argv.slice(2)
  // Each command runs code of its own; `other` covers --help and usage errors.
  const first = args.find((arg) => !arg.startsWith('-'))
  const command = first === 'normalize' || first === 'lint' ? first : 'other'
  // The bundle without the linter for a command line that can only be a normalize (see bin/build-bundle.cjs).
  const bundleName = args[0] === 'normalize' ? 'normalize' : 'all'
  const entry = freshBundle(bundleName)
  // Only with a bundle already built: the helper loads that, and a build takes longer than the files.
  const started = entry && command === 'normalize' && wantsHelper(args) ? startHelper(entry, args) : null
  void loadCli(entry, bundleName, command).then(async ({ cli, afterRun }) => {
    const helper = started && cli.workerHelper ? cli.workerHelper(started.worker, started.queueBuffer) : undefined
    if (started && !helper) void started.worker.terminate()
    process.exitCode = await cli.main(args, undefined, helper)
    await afterRun()
  })
} else {
  const { parentPort, workerData } = require('node:worker_threads')
  const { entry, args, queueBuffer } = workerData
  runBundle(entry, 'normalize').cli.helpNormalize(args, queueBuffer, parentPort)
}
