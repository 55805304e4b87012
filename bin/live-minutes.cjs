#!/usr/bin/env node
// Runs lib/cli/main.ts. Compiling the TypeScript and loading a few hundred
// ESM files of dependencies would cost more than the work itself, so the CLI
// is bundled once with esbuild (the compiler tsx uses) into
// node_modules/.cache and rebuilt whenever one of its inputs changes
// (bin/build-bundle.cjs): once whole, and once without the linter for
// `normalize`. Where that cache cannot be written, tsx runs the sources.
//
// The command itself, bin/live-minutes, starts Node from a V8 startup
// snapshot of the bundle, which this file makes (lib/cli/bundle-entry.ts);
// it runs this file where there is none yet, or none that this Node can
// use. This file runs the bundle as it is, from V8's code cache:
//
// Each bundle is one CommonJS file so that it can be compiled through
// vm.Script, whose V8 code cache Node 20 offers for no ES module: the first
// run of each command stores, beside the bundle, the bytecode of every
// function it ran and of a warm-up (lib/cli/warm-up.ts), and later runs
// start from it instead of compiling again.
// CommonJS itself: Node starts a CommonJS entry a few milliseconds sooner
// than an ES module one, and the whole run takes a few hundred.
const fs = require('node:fs')
const { createRequire } = require('node:module')
const path = require('node:path')
const v8 = require('node:v8')
const vm = require('node:vm')

// lib/cli/process-pair.ts's arguments: this run is the helper, or the main process, of a pair that bin/live-minutes started.
const HELPER_ARGUMENT = '--live-minutes-helper'
const PAIRED_ARGUMENT = '--live-minutes-paired'

// A run over a few hundred files ends before V8's optimising compiler, which
// works on a second thread, pays back what it costs; longer runs keep it.
const shortRun = process.argv.length < 300
if (shortRun) v8.setFlagsFromString('--no-opt')

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
    const built = entry ? null : await require('./build-bundle.cjs').buildBundle(root, cache, manifest)
    const bundle = runBundle(entry ?? built.bundles[name], command)
    return { ...bundle, buildDir: path.dirname(entry ?? built.bundles[name]) }
  } catch {
    const { tsImport } = await import('tsx/esm/api')
    return { cli: await tsImport('../lib/cli/main.ts', __filename), afterRun: async () => {}, buildDir: null }
  }
}

/**
 * Makes the startup snapshots bin/live-minutes starts from, unless they are
 * there for these bundles and this Node. bin/live-minutes tells which Node
 * it runs (LIVE_MINUTES_NODE) when it comes here for want of a snapshot,
 * and whether Node refused the one there was (LIVE_MINUTES_SNAPSHOT_REFUSED).
 */
async function ensureSnapshots(buildDir) {
  const { LIVE_MINUTES_NODE: node, LIVE_MINUTES_SNAPSHOT_REFUSED: refused } = process.env
  try {
    await require('./build-bundle.cjs').ensureSnapshots(cache, buildDir, node || process.execPath, refused === '1')
  } catch {
    // Without them bin/live-minutes runs this file, as it did this time.
  }
}

const helper = process.argv[2] === HELPER_ARGUMENT
const paired = process.argv[2] === PAIRED_ARGUMENT
const args = process.argv.slice(helper || paired ? 3 : 2)
// Each command runs code of its own; `other` covers --help and usage errors.
const first = args.find((arg) => !arg.startsWith('-'))
const command = first === 'normalize' || first === 'lint' ? first : 'other'
// The bundle without the linter for a command line that can only be a normalize (see bin/build-bundle.cjs).
const bundleName = args[0] === 'normalize' ? 'normalize' : 'all'
void loadCli(freshBundle(bundleName), bundleName, command).then(async ({ cli, afterRun, buildDir }) => {
  if (process.env.LIVE_MINUTES_DEBUG === 'startup') process.stderr.write('live-minutes: started from the bundle\n')
  if (helper) return cli.helpNormalize(args)
  process.exitCode = await cli.main(args, undefined, paired)
  await afterRun()
  if (buildDir) await ensureSnapshots(buildDir)
})
