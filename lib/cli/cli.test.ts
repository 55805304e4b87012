import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusFiles } from '../markdown/contract'
import { normalizeMarkdown } from '../markdown/normalize'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const bin = path.join(repoRoot, 'bin', 'live-minutes.cjs')
const corpus = path.join(repoRoot, '..', 'shared', 'corpus')
const pad = fs.readFileSync(path.join(corpus, 'iaas', '20240724.md'), 'utf8')

let dir: string
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name)
  fs.writeFileSync(full, content)
  return full
}
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-minutes-cli-'))
  // The first run may build the CLI's bundle; later runs in the suite are fast.
  run('--help')
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
      const result = spawnSync(process.execPath, [bin, 'normalize', '--write', stuck, other], { cwd: dir, encoding: 'utf8', ...asNobody })
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
    expect(run('normalize', target).stdout).toBe(normalizeMarkdown(pad))
    const stored = fs.readFileSync(cache)
    expect(stored.length).toBeGreaterThan(1000)
    // A valid cache is used as it is, not written again.
    expect(run('normalize', target).stdout).toBe(normalizeMarkdown(pad))
    expect(fs.readFileSync(cache).equals(stored)).toBe(true)
    // V8 rejects a cache that is not its own; the run is as good, and the cache is made again.
    fs.writeFileSync(cache, Buffer.alloc(stored.length, 7))
    const result = run('normalize', '--write', target)
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
      run('normalize', '--check', ...files)
      return fs.statSync(cache).size
    }
    const afterOneLine = cacheAfter(file('one-line.md', 'Hello\n'))
    const afterCorpus = cacheAfter(...corpusFiles(corpus).map((name) => path.join(corpus, name)))
    // The cache holds the functions a run compiled: the warm-up's document (lib/cli/warm-up.ts) runs through as much as the corpus.
    expect(afterOneLine).toBeGreaterThan(afterCorpus * 0.97)
  })

  it('shares many files with a helper thread and prints what one thread alone prints', () => {
    // The corpus three times over: enough that the helper thread, which starts with the CLI, takes a share.
    const names = corpusFiles(corpus).flatMap((name) => [1, 2, 3].map((copy) => path.join(`copy-${copy}`, name)))
    const copy = (folder: string) => {
      for (const name of names) {
        fs.mkdirSync(path.join(dir, folder, path.dirname(name)), { recursive: true })
        fs.copyFileSync(path.join(corpus, name.slice('copy-1/'.length)), path.join(dir, folder, name))
      }
      // A missing file in the middle: reported in its place, whichever thread meets it.
      return [...names.slice(0, 100), 'missing.md', ...names.slice(100)]
    }
    const normalizeAll = (folder: string, env: Record<string, string>) => {
      const result = spawnSync(process.execPath, [bin, 'normalize', '--write', ...copy(folder)], { cwd: path.join(dir, folder), encoding: 'utf8', env: { ...process.env, ...env } })
      return { status: result.status, stdout: result.stdout, stderr: result.stderr }
    }
    const alone = normalizeAll('alone', { LIVE_MINUTES_THREADS: '1', LIVE_MINUTES_DEBUG: 'threads' })
    const shared = normalizeAll('shared', { LIVE_MINUTES_THREADS: '2', LIVE_MINUTES_DEBUG: 'threads' })
    const notMissing = 'live-minutes: missing.md: no such file\n'
    // No helper without a second thread; so no line on how the files were shared.
    expect(alone.stderr).toBe(notMissing)
    const [, main, helper] = /^live-minutes: threads: main (\d+), helper (\d+);/m.exec(shared.stderr) ?? []
    expect(Number(helper)).toBeGreaterThan(0)
    expect(Number(main) + Number(helper)).toBe(names.length + 1)
    expect({ ...shared, stderr: shared.stderr.replace(/^live-minutes: threads: .*\n/m, '') }).toEqual(alone)
    expect(alone.status).toBe(2)
    for (const name of names) expect(fs.readFileSync(path.join(dir, 'shared', name), 'utf8'), name).toBe(fs.readFileSync(path.join(dir, 'alone', name), 'utf8'))
  }, 60_000)

  it('keeps to one thread for less Markdown than a helper pays for, however many files', () => {
    // The corpus once: 72 files, about 180 KB, done before a helper would have started.
    const names = corpusFiles(corpus)
    for (const name of names) {
      fs.mkdirSync(path.join(dir, 'once', path.dirname(name)), { recursive: true })
      fs.copyFileSync(path.join(corpus, name), path.join(dir, 'once', name))
    }
    const result = spawnSync(process.execPath, [bin, 'normalize', '--check', ...names], { cwd: path.join(dir, 'once'), encoding: 'utf8', env: { ...process.env, LIVE_MINUTES_THREADS: '2', LIVE_MINUTES_DEBUG: 'threads' } })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('')
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
