import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusFiles } from '../markdown/contract'
import { normalizeMarkdown } from '../markdown/normalize'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
// The command as package.json's bin has it, which starts from the startup snapshot; and the launcher it runs without one.
const command = path.join(repoRoot, 'bin', 'live-minutes')
const launcher = path.join(repoRoot, 'bin', 'live-minutes.cjs')
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'live-minutes')
const corpus = path.join(repoRoot, '..', 'shared', 'corpus')
const pad = fs.readFileSync(path.join(corpus, 'iaas', '20240724.md'), 'utf8')

let dir: string
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name)
  fs.writeFileSync(full, content)
  return full
}
type Env = Record<string, string | undefined>
const result = (program: string, args: string[], env: Env = {}, input?: string) => {
  const ran = spawnSync(program, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, input })
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr }
}
const run = (...args: string[]) => result(command, args)
const runWith = (env: Env, ...args: string[]) => result(command, args, env)
const runLauncher = (...args: string[]) => result(process.execPath, [launcher, ...args])

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-minutes-cli-'))
  // The first run may build the CLI's bundles, then their startup snapshots; later runs in the suite are fast.
  runLauncher('--help')
}, 120_000)
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('live-minutes', () => {
  it('prints its usage', () => {
    const result = run('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: live-minutes <command>/)
  })

  it('exits 2 with usage on a bad command line', () => {
    for (const args of [[], ['frobnicate', 'x.md'], ['normalize'], ['normalize', '--write', '--check', 'x.md'], ['lint', '--write', 'x.md'], ['normalize', '--nope', 'x.md']]) {
      const result = run(...args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^live-minutes: .*\nUsage:/)
    }
  })

  it('normalize prints the repository format of one file', () => {
    const result = run('normalize', file('pad.md', pad))
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(normalizeMarkdown(pad))
    expect(result.stdout).toContain('### Flavor naming standard v4 - GPU flavor naming refinement (@cah-patrickthiem)\n')
  })

  it('normalize --check lists the files that would change, writes nothing, exits 1', () => {
    const messy = file('messy.md', pad)
    const clean = file('clean.md', normalizeMarkdown(pad))
    const result = run('normalize', '--check', messy, clean)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe(`${messy}\n`)
    expect(fs.readFileSync(messy, 'utf8')).toBe(pad)
    expect(run('normalize', '--check', clean).status).toBe(0)
  })

  it('normalize --write rewrites in place and leaves no temporary file', () => {
    const target = file('write.md', pad)
    const result = run('normalize', '--write', target)
    expect(result.status).toBe(0)
    expect(fs.readFileSync(target, 'utf8')).toBe(normalizeMarkdown(pad))
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('normalize --write leaves a file it cannot replace untouched and goes on with the others', () => {
    // A folder its user may not write to: no temporary file, so no rename. Root
    // may write anywhere, so as root the CLI runs as nobody.
    const locked = path.join(dir, 'locked')
    fs.mkdirSync(locked)
    const stuck = path.join(locked, 'stuck.md')
    fs.writeFileSync(stuck, pad)
    const other = file('other.md', pad)
    fs.chmodSync(other, 0o666)
    fs.chmodSync(dir, 0o777)
    fs.chmodSync(locked, 0o555)
    try {
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
      const result = spawnSync(command, ['normalize', '--write', stuck, other], { cwd: dir, encoding: 'utf8', ...asNobody })
      expect(result.status).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^live-minutes: ${stuck}: not written`))])
      expect(fs.readFileSync(stuck, 'utf8')).toBe(pad)
      expect(fs.readdirSync(locked)).toEqual(['stuck.md'])
      expect(fs.readFileSync(other, 'utf8')).toBe(normalizeMarkdown(pad))
    } finally {
      fs.chmodSync(locked, 0o755)
    }
  })

  it('lint prints path:line RULE description, warnings marked, and exits 1 on errors', () => {
    const messy = file('lint.md', '# T\n\n# Two\n\nsee (x)[y]\n')
    const result = run('lint', messy)
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      `${messy}:3 MD025 Multiple top-level headings in the same document [Two] (warning)`,
      `${messy}:5 MD011 Reversed link syntax [(x)[y]]`,
    ])
    expect(result.status).toBe(1)
    expect(run('lint', file('ok.md', '# T\n\n# Two\n')).status).toBe(0)
  })

  it('lint uses a repository configuration given with --config', () => {
    const messy = file('config.md', '# T\n\nsee (x)[y]\n')
    file('.markdownlint.yaml', 'default: true\nMD011: false\n')
    const result = run('lint', '--config', dir, messy)
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })

  it('stores a code cache beside its bundle and recovers from a broken one', () => {
    const { bundles } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', '.cache', 'live-minutes', 'manifest.json'), 'utf8'))
    const cache = path.join(path.dirname(bundles.normalize), 'normalize-normalize.v8-cache')
    const target = file('cached.md', pad)
    fs.rmSync(cache, { force: true })
    expect(runLauncher('normalize', target).stdout).toBe(normalizeMarkdown(pad))
    const stored = fs.readFileSync(cache)
    expect(stored.length).toBeGreaterThan(1000)
    // A valid cache is used as it is, not written again.
    expect(runLauncher('normalize', target).stdout).toBe(normalizeMarkdown(pad))
    expect(fs.readFileSync(cache).equals(stored)).toBe(true)
    // V8 rejects a cache that is not its own; the run is as good, and the cache is made again.
    fs.writeFileSync(cache, Buffer.alloc(stored.length, 7))
    const result = runLauncher('normalize', '--write', target)
    expect(result).toEqual({ status: 0, stdout: `${target}\n`, stderr: '' })
    expect(fs.readFileSync(target, 'utf8')).toBe(normalizeMarkdown(pad))
    expect(fs.readFileSync(cache).equals(Buffer.alloc(stored.length, 7))).toBe(false)
    expect(fs.readdirSync(path.dirname(cache)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('stores a code cache that holds what the whole corpus needs, even after a first run on one line', () => {
    const { bundles } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', '.cache', 'live-minutes', 'manifest.json'), 'utf8'))
    const cache = path.join(path.dirname(bundles.normalize), 'normalize-normalize.v8-cache')
    const cacheAfter = (...files: string[]) => {
      fs.rmSync(cache, { force: true })
      runLauncher('normalize', '--check', ...files)
      return fs.statSync(cache).size
    }
    const afterOneLine = cacheAfter(file('one-line.md', 'Hello\n'))
    const afterCorpus = cacheAfter(...corpusFiles(corpus).map((name) => path.join(corpus, name)))
    // The cache holds the functions a run compiled: the warm-up's document (lib/cli/warm-up.ts) runs through as much as the corpus.
    expect(afterOneLine).toBeGreaterThan(afterCorpus * 0.97)
  })

  it('shares many files between two processes and prints what one process alone prints', () => {
    // The corpus three times over.
    const names = corpusFiles(corpus).flatMap((name) => [1, 2, 3].map((copy) => path.join(`copy-${copy}`, name)))
    const copy = (folder: string) => {
      for (const name of names) {
        fs.mkdirSync(path.join(dir, folder, path.dirname(name)), { recursive: true })
        fs.copyFileSync(path.join(corpus, name.slice('copy-1/'.length)), path.join(dir, folder, name))
      }
      // A missing file in the middle: reported in its place, whichever process meets it.
      return [...names.slice(0, 100), 'missing.md', ...names.slice(100)]
    }
    const normalizeAll = (folder: string, env: Env) => {
      const ran = spawnSync(command, ['normalize', '--write', ...copy(folder)], { cwd: path.join(dir, folder), encoding: 'utf8', env: { ...process.env, ...env } })
      return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr }
    }
    const alone = normalizeAll('alone', { LIVE_MINUTES_PROCESSES: '1', LIVE_MINUTES_DEBUG: 'processes' })
    const shared = normalizeAll('shared', { LIVE_MINUTES_DEBUG: 'processes' })
    const notMissing = 'live-minutes: missing.md: no such file\n'
    // One process alone: no line on how the files were shared.
    expect(alone.stderr).toBe(notMissing)
    const [, main, helper] = /^live-minutes: processes: main (\d+), helper (\d+);/m.exec(shared.stderr) ?? []
    expect(Number(main)).toBeGreaterThan(0)
    expect(Number(helper)).toBeGreaterThan(0)
    expect(Number(main) + Number(helper)).toBe(names.length + 1)
    expect({ ...shared, stderr: shared.stderr.replace(/^live-minutes: processes: .*\n/m, '') }).toEqual(alone)
    expect(alone.status).toBe(2)
    for (const name of names) expect(fs.readFileSync(path.join(dir, 'shared', name), 'utf8'), name).toBe(fs.readFileSync(path.join(dir, 'alone', name), 'utf8'))
  }, 60_000)

  it('keeps to one process for a few files', () => {
    const files = [1, 2, 3].map((n) => file(`few-${n}.md`, pad))
    const ran = runWith({ LIVE_MINUTES_DEBUG: 'processes' }, 'normalize', '--check', ...files)
    expect(ran).toEqual({ status: 1, stdout: files.map((name) => `${name}\n`).join(''), stderr: '' })
  })

  it("does itself the files its helper did not report, whatever came down the pipe", () => {
    // The main process of a pair, as bin/live-minutes starts it, its helper gone after half a report.
    const files = [1, 2, 3, 4, 5, 6].map((n) => file(`pair-${n}.md`, pad))
    const ran = result(process.execPath, [launcher, '--live-minutes-paired', 'normalize', '--write', ...files], {}, 'done {"index":5,"outc')
    expect(ran.status).toBe(0)
    expect(ran.stdout).toBe(files.map((name) => `${name}\n`).join(''))
    expect(ran.stderr).toMatch(/^live-minutes: the helper process did not report \d file\(s\); the main process did them\n$/)
    for (const name of files) expect(fs.readFileSync(name, 'utf8')).toBe(normalizeMarkdown(pad))
  })

  it('exits 2 with one line per bad input and still processes the others', () => {
    // Changed by normalize and with a finding for lint, so each command shows it handled it.
    const good = file('good.md', `${pad}\n<br>\n`)
    const binary = file('binary.md', Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]))
    const latin1 = file('latin1.md', Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]))
    const huge = file('huge.md', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61))
    const missing = path.join(dir, 'missing.md')
    const pipe = path.join(dir, 'pipe.md')
    if (!fs.existsSync(pipe)) execFileSync('mkfifo', [pipe])
    for (const command of [['normalize', '--check'], ['lint']]) {
      const result = run(...command, missing, dir, binary, latin1, huge, pipe, good)
      expect(result.status, command.join(' ')).toBe(2)
      const errors = result.stderr.trim().split('\n')
      expect(errors).toEqual([
        `live-minutes: ${missing}: no such file`,
        `live-minutes: ${dir}: is a directory`,
        `live-minutes: ${binary}: is a binary file`,
        `live-minutes: ${latin1}: is not UTF-8 text`,
        `live-minutes: ${huge}: is larger than 5 MB (5242881 bytes)`,
        `live-minutes: ${pipe}: is not a regular file`,
      ])
      expect(result.stdout).toContain(good)
    }
  })
})

describe('the live-minutes command', () => {
  const startedFrom = (ran: { stderr: string }) => /^live-minutes: started from the (startup snapshot|bundle)$/m.exec(ran.stderr)?.[1]
  const normalizePad = (env: Env = {}) => {
    const ran = result(command, ['normalize', file('snapshot.md', pad)], { LIVE_MINUTES_DEBUG: 'startup', ...env })
    expect(ran.status).toBe(0)
    expect(ran.stdout).toBe(normalizeMarkdown(pad))
    return startedFrom(ran)
  }

  it('starts from the startup snapshot its launcher made', () => {
    runLauncher('normalize', file('any.md', pad))
    expect(normalizePad()).toBe('startup snapshot')
    // Symlinked, as npm links it into node_modules/.bin.
    const link = path.join(dir, 'live-minutes')
    fs.rmSync(link, { force: true })
    fs.symlinkSync(command, link)
    const ran = result(link, ['normalize', file('linked.md', pad)], { LIVE_MINUTES_DEBUG: 'startup' })
    expect({ status: ran.status, stdout: ran.stdout, from: startedFrom(ran) }).toEqual({ status: 0, stdout: normalizeMarkdown(pad), from: 'startup snapshot' })
  })

  it('runs from the bundle under NODE_OPTIONS, whose V8 flags Node would refuse the snapshot for', () => {
    expect(normalizePad({ NODE_OPTIONS: '--max-old-space-size=300' })).toBe('bundle')
  })

  it('runs from the bundle for another Node on the PATH, and stamps the snapshot for it', () => {
    // The same Node by another path: the snapshot need not be made again, only its stamp.
    const otherBin = path.join(dir, 'other-node')
    fs.mkdirSync(otherBin, { recursive: true })
    fs.rmSync(path.join(otherBin, 'node'), { force: true })
    fs.symlinkSync(process.execPath, path.join(otherBin, 'node'))
    const PATH = `${otherBin}${path.delimiter}${process.env.PATH}`
    expect(normalizePad({ PATH })).toBe('bundle')
    expect(normalizePad({ PATH })).toBe('startup snapshot')
    expect(fs.readFileSync(path.join(cacheDir, 'snapshot', 'stamp'), 'utf8').split('\n')[0]).toBe(path.join(otherBin, 'node'))
    // And back.
    expect(normalizePad()).toBe('bundle')
    expect(normalizePad()).toBe('startup snapshot')
  })

  it('runs from the bundle when a source changed, and makes the snapshot again', () => {
    // node_modules/.package-lock.json is an input of the bundles, and no source of ours.
    const lock = path.join(repoRoot, 'node_modules', '.package-lock.json')
    const now = new Date()
    fs.utimesSync(lock, now, now)
    expect(normalizePad()).toBe('bundle')
    expect(normalizePad()).toBe('startup snapshot')
  }, 60_000)

  it('recovers from a snapshot Node refuses, and makes it again', () => {
    // A snapshot of nothing, made under another V8 flag: Node exits 14 before running anything.
    const entry = file('empty-entry.js', '')
    const refused = path.join(dir, 'refused.blob')
    execFileSync(process.execPath, ['--max-semi-space-size=2', '--snapshot-blob', refused, '--build-snapshot', entry], { env: { ...process.env, NODE_OPTIONS: '' } })
    fs.copyFileSync(refused, path.join(cacheDir, 'snapshot', 'normalize.blob'))
    const ran = result(command, ['normalize', file('refused.md', pad)], { LIVE_MINUTES_DEBUG: 'startup' })
    expect({ status: ran.status, stdout: ran.stdout, from: startedFrom(ran) }).toEqual({ status: 0, stdout: normalizeMarkdown(pad), from: 'bundle' })
    expect(normalizePad()).toBe('startup snapshot')
  }, 60_000)
})
