#!/usr/bin/env node
// Runs lib/cli/main.ts. Compiling the TypeScript and loading a few hundred
// ESM files of dependencies would cost more than the work itself, so the CLI
// is bundled once with esbuild (the compiler tsx uses) into
// node_modules/.cache and rebuilt whenever one of its inputs changes. Where
// that cache cannot be written, tsx runs the sources directly.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'

// A run over a few hundred files ends before V8's optimising compiler, which
// works on a second thread, pays back what it costs; longer runs keep it.
if (process.argv.length < 300) v8.setFlagsFromString('--no-opt')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cache = path.join(root, 'node_modules', '.cache', 'live-minutes')
const manifest = path.join(cache, 'manifest.json')

/** The entry of the bundle, when it was built from the files as they are now. */
function freshBundle() {
  try {
    const { entry, inputs } = JSON.parse(fs.readFileSync(manifest, 'utf8'))
    const fresh = Object.entries(inputs).every(([file, mtime]) => fs.statSync(path.join(root, file)).mtimeMs === mtime)
    return fresh ? entry : null
  } catch {
    return null
  }
}

async function buildBundle() {
  const { build } = await import('esbuild')
  const outdir = path.join(cache, `build-${process.pid}-${Date.now()}`)
  const result = await build({
    entryPoints: { main: path.join(root, 'lib', 'cli', 'main.ts') },
    absWorkingDir: root,
    bundle: true,
    // The linter is a chunk of its own: normalising never loads it.
    splitting: true,
    // Names kept, for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    platform: 'node',
    // ESM builds where packages have them: some CommonJS ones (jsonc-parser's UMD) cannot be bundled.
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    outdir,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS dependencies still call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  })
  // Dependencies count through npm's record of what it installed; this
  // launcher counts too, as it holds the build options.
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.split(path.sep).includes('node_modules'))
  const files = [...sources, path.join('node_modules', '.package-lock.json'), path.relative(root, fileURLToPath(import.meta.url))]
  const inputs = Object.fromEntries(files.map((file) => [file, fs.statSync(path.join(root, file)).mtimeMs]))
  const entry = path.join(outdir, 'main.js')
  // Swapped in by renaming the manifest, so that a run at the same time never sees half a build.
  fs.writeFileSync(`${outdir}.json`, JSON.stringify({ entry, inputs }))
  // Older builds go, but not one a run started a moment ago may still be reading.
  for (const old of fs.readdirSync(cache)) {
    const full = path.join(cache, old)
    const stale = old.startsWith('build-') && full !== outdir && Date.now() - fs.statSync(full).mtimeMs > 10 * 60_000
    if (stale) fs.rmSync(full, { recursive: true, force: true })
  }
  fs.renameSync(`${outdir}.json`, manifest)
  return entry
}

async function loadMain() {
  try {
    const entry = freshBundle() ?? (await buildBundle())
    return (await import(pathToFileURL(entry).href)).main
  } catch {
    const { tsImport } = await import('tsx/esm/api')
    return (await tsImport('../lib/cli/main.ts', import.meta.url)).main
  }
}

const main = await loadMain()
process.exitCode = await main(process.argv.slice(2))
