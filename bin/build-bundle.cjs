// Builds the CLI's bundles for bin/live-minutes.cjs: lib/cli/main.ts and
// everything it imports, each bundle one CommonJS file under
// node_modules/.cache, with a manifest of the inputs they were built from;
// and from the bundles, the startup snapshots bin/live-minutes starts from.
const { spawn, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

/**
 * Changes to what three dependencies do as they load, in this bundle only
 * (the app imports them as they are). Each CLI run, and its helper process,
 * loads every module the parser imports, and these three spent about a
 * fifth of that on things a run never uses. Each patch applies only where
 * it finds what it expects, so a newer version of a package is bundled
 * unchanged, just slower; `patchesApplied` in the result says which did.
 */
function loadTimePatches(root, applied) {
  const under = (dir) => new RegExp(`[\\\\/]node_modules[\\\\/]${dir.replace(/\//g, '[\\\\/]')}[\\\\/]`)
  return {
    name: 'live-minutes-load-time',
    setup(build) {
      // markdown-it's constructor builds a LinkifyIt, compiling its regular
      // expressions; ours turns linkify off, GFM's autolink literals taking
      // its place, so it gets a stand-in that builds the real one on first use.
      build.onResolve({ filter: /^linkify-it$/ }, (args) => {
        if (!under('markdown-it/lib').test(args.importer)) return undefined
        applied.add('lazy linkify-it')
        return { path: path.join(root, 'lib', 'markdown', 'markdown-it', 'lazy-linkify-it.ts') }
      })
      // markdown-it needs only entities' decoder; the package's index also
      // builds the encoders' tables. The decoder is a subpath it exports.
      build.onResolve({ filter: /^entities$/ }, async (args) => {
        if (!under('markdown-it/lib').test(args.importer)) return undefined
        const decoder = await build.resolve('entities/lib/decode.js', { kind: args.kind, resolveDir: args.resolveDir })
        if (decoder.errors.length > 0) return undefined
        applied.add('entities decoder only')
        return { path: decoder.path }
      })
      // entities' generated decoding tables turn a string into code units
      // with split('') and map(), an array of some 30,000 one-character
      // strings; utf16Units copies them natively.
      build.onLoad({ filter: /[\\/]entities[\\/]lib[\\/]esm[\\/]generated[\\/]decode-data-(html|xml)\.js$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8')
        const table = /new Uint16Array\(\s*(?:\/\/ prettier-ignore\s*)?("(?:[^"\\]|\\.)*")\s*\.split\(""\)\s*\.map\(\(c\) => c\.charCodeAt\(0\)\)\)/
        if (!table.test(source)) return undefined
        applied.add(`entities ${path.basename(args.path)}`)
        const helper = JSON.stringify(path.join(root, 'lib', 'markdown', 'markdown-it', 'utf16-units.ts'))
        return { contents: `import { utf16Units } from ${helper};\n${source.replace(table, 'utf16Units($1)')}`, loader: 'js' }
      })
    },
  }
}

/**
 * `normalize`, the command run on hundreds of files, has a bundle without
 * the linter (lib/cli/lint-files.ts and the markdownlint, YAML and JSONC
 * parsers behind it): a third less source to read, and a smaller code cache
 * to deserialise, at every run. The launcher uses it only for a command line
 * that starts with `normalize`, which the CLI reads as nothing else.
 */
function withoutLinter(root) {
  return {
    name: 'live-minutes-without-linter',
    setup(build) {
      build.onResolve({ filter: /^\.\/lint-files$/ }, () => ({ path: path.join(root, 'lib', 'cli', 'no-linter.ts') }))
    },
  }
}

/** The bundles the launcher picks from, by command line. */
const BUNDLES = { all: () => [], normalize: (root) => [withoutLinter(root)] }

/** One bundle of the CLI (lib/cli/bundle-entry.ts): its code, and the files it was built from, relative to `root`. */
async function bundle(root, extraPlugins, patchesApplied) {
  const { build } = require('esbuild')
  const result = await build({
    entryPoints: [path.join(root, 'lib', 'cli', 'bundle-entry.ts')],
    absWorkingDir: root,
    bundle: true,
    // One file: modules that a command does not need are wrapped by esbuild
    // and never run, and the code cache holds none of their functions.
    format: 'cjs',
    // Names kept, for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    platform: 'node',
    // ESM builds where packages have them: some CommonJS ones (jsonc-parser's UMD) cannot be bundled.
    mainFields: ['module', 'main'],
    target: 'node20',
    outfile: 'main.cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [loadTimePatches(root, patchesApplied), ...extraPlugins],
  })
  // esbuild writes ASCII but for regular expression literals; escaped there
  // too (\uXXXX matches the same), the bundle reads as Latin-1, which V8
  // takes as it is instead of decoding UTF-8 into a string twice the size.
  const code = result.outputFiles[0].text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.split(path.sep).includes('node_modules'))
  return { code, sources }
}

/**
 * Builds the bundles into a directory of their own under `cache` and points
 * `manifest` at them. Resolves to the bundles' paths and the patches applied.
 */
async function buildBundle(root, cache, manifest) {
  const outdir = path.join(cache, `build-${process.pid}-${Date.now()}`)
  const patchesApplied = new Set()
  const built = await Promise.all(Object.entries(BUNDLES).map(async ([name, plugins]) => [name, await bundle(root, plugins(root), patchesApplied)]))
  fs.mkdirSync(outdir, { recursive: true })
  const bundles = {}
  for (const [name, { code }] of built) {
    bundles[name] = path.join(outdir, `${name}.cjs`)
    fs.writeFileSync(bundles[name], code)
  }
  // Dependencies count through npm's record of what it installed; the
  // launcher and this file count too, as they hold the build and its options.
  const launchers = ['live-minutes.cjs', 'build-bundle.cjs'].map((file) => path.join('bin', file))
  const files = [...new Set([...built.flatMap(([, { sources }]) => sources), path.join('node_modules', '.package-lock.json'), ...launchers])]
  const inputs = Object.fromEntries(files.map((file) => [file, fs.statSync(path.join(root, file)).mtimeMs]))
  // Swapped in by renaming the manifest, so that a run at the same time never sees half a build.
  fs.writeFileSync(`${outdir}.json`, JSON.stringify({ bundles, inputs }))
  // Older builds go (their code caches with them), but not one a run started a moment ago may still be reading.
  for (const old of fs.readdirSync(cache)) {
    const full = path.join(cache, old)
    const stale = old.startsWith('build-') && full !== outdir && Date.now() - fs.statSync(full).mtimeMs > 10 * 60_000
    if (stale) fs.rmSync(full, { recursive: true, force: true })
  }
  fs.renameSync(`${outdir}.json`, manifest)
  return { bundles, patchesApplied: [...patchesApplied].sort() }
}

/**
 * V8 flags the snapshots are made with, which bin/live-minutes runs them
 * with (Node refuses a snapshot under other flags): its two processes share
 * two cores, and V8's garbage-collector threads only took turns with them
 * (1-2 % slower with those threads).
 */
const SNAPSHOT_V8_FLAGS = ['--single-threaded-gc']

/**
 * What each bundle's snapshot is warmed up for. Not `lint`: the linter's
 * warm-up leaves a handle that Node cannot put in a snapshot (the build
 * aborts), so `lint` compiles its part as it runs.
 */
const SNAPSHOT_COMMANDS = { all: ['normalize'], normalize: ['normalize'] }

/**
 * The startup snapshots of the bundles in `buildDir`, in `cache`/snapshot:
 * `<bundle>.blob`, and `stamp`, which bin/live-minutes reads to tell
 * whether they were made by the Node it is about to run. Its lines: that
 * Node's path (as bin/live-minutes finds it), its version, and the build;
 * its mtime is that of the Node binary, so that a Node replaced in place
 * shows. Made only when the stamp does not already say so, or when Node
 * `refused` them.
 */
async function ensureSnapshots(cache, buildDir, node, refused) {
  const dir = path.join(cache, 'snapshot')
  const stampFile = path.join(dir, 'stamp')
  const stamp = [node, process.version, buildDir].join('\n')
  const made = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : ''
  if (!refused && made === stamp && sameMtime(stampFile, node)) return
  // Made by this Node for this build, but the stamp names another path to it (a symlink): only the stamp is new.
  const sameBuild = !refused && made.split('\n').slice(1).join('\n') === stamp.split('\n').slice(1).join('\n')
  fs.mkdirSync(dir, { recursive: true })
  if (!sameBuild) await buildSnapshots(cache, buildDir, dir)
  const temporary = `${stampFile}.${process.pid}.tmp`
  fs.writeFileSync(temporary, stamp)
  // touch keeps the nanoseconds that Node's utimes would round off, and which sh's test compares.
  if (spawnSync('touch', ['-r', node, temporary]).status !== 0) throw new Error(`cannot stamp ${temporary}`)
  fs.renameSync(temporary, stampFile)
}

function sameMtime(file, other) {
  return fs.statSync(file, { bigint: true }).mtimeNs === fs.statSync(other, { bigint: true }).mtimeNs
}

/** Runs each bundle under `node --build-snapshot`; each blob is renamed into `dir` once whole. */
async function buildSnapshots(cache, buildDir, dir) {
  const { bundles, inputs } = JSON.parse(fs.readFileSync(path.join(cache, 'manifest.json'), 'utf8'))
  if (Object.values(bundles).some((file) => path.dirname(file) !== buildDir)) throw new Error('the bundles were built again meanwhile')
  const root = path.resolve(__dirname, '..')
  await Promise.all(
    Object.entries(bundles).map(async ([name, file]) => {
      const blob = path.join(dir, `${name}.blob`)
      const temporary = `${blob}.${process.pid}.tmp`
      // The snapshot's entry is a script, to which Node gives `require` alone: the bundle gets the rest of what a module has.
      const entry = `${temporary}.cjs`
      const source = fs.readFileSync(file, 'latin1')
      const args = ['{}', 'require', '{ exports: {} }', JSON.stringify(file), JSON.stringify(path.dirname(file))].join(', ')
      // Named after the bundle in stack traces: the entry itself is gone once the snapshot is made.
      fs.writeFileSync(entry, `(function (exports, require, module, __filename, __dirname) {${source}\n})(${args})\n//# sourceURL=${file}\n`, 'latin1')
      const build = JSON.stringify({ root, inputs, commands: SNAPSHOT_COMMANDS[name] })
      // Without NODE_OPTIONS: V8 flags there would be built into the snapshot, and bin/live-minutes runs Node without them.
      // LIVE_MINUTES_SNAPSHOT_BUILD: lib/cli/bundle-entry.ts's SNAPSHOT_BUILD_VARIABLE.
      const env = { ...process.env, NODE_OPTIONS: '', LIVE_MINUTES_SNAPSHOT_BUILD: build }
      const status = await new Promise((resolve) => {
        const child = spawn(process.execPath, [...SNAPSHOT_V8_FLAGS, '--snapshot-blob', temporary, '--build-snapshot', entry], { env, stdio: 'ignore' })
        child.on('error', () => resolve(null))
        child.on('exit', resolve)
      })
      fs.rmSync(entry)
      if (status !== 0) {
        fs.rmSync(temporary, { force: true })
        throw new Error(`no snapshot of ${file}`)
      }
      fs.renameSync(temporary, blob)
    }),
  )
}

module.exports = { buildBundle, ensureSnapshots }
