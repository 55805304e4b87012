import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusFiles } from '../lib/markdown/contract'
import { normalizeMarkdown } from '../lib/markdown/normalize'

const repoRoot = path.resolve(import.meta.dirname, '..')
const corpus = path.join(repoRoot, '..', 'shared', 'corpus')
const { buildBundle } = createRequire(import.meta.url)('./build-bundle.cjs') as {
  buildBundle: (root: string, cache: string, manifest: string) => Promise<Built>
}

let cache: string
interface Built {
  bundles: Record<'all' | 'normalize', string>
  patchesApplied: string[]
}

let built: Built

beforeAll(async () => {
  // A cache of its own: the CLI's, which other tests run, stays as it is.
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'live-minutes-bundle-'))
  built = await buildBundle(repoRoot, cache, path.join(cache, 'manifest.json'))
}, 120_000)
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }))

/** Runs the command line `args` with bundle `name` in a fresh process, as the launcher would. */
function runBundle(name: keyof Built['bundles'], args: string[]): { status: number | null; stdout: string; stderr: string } {
  const script = `require(${JSON.stringify(built.bundles[name])}).main(process.argv.slice(1)).then((status) => { process.exitCode = status })`
  const result = spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('the CLI bundles', () => {
  it('applies every load-time patch to the dependencies installed', () => {
    expect(built.patchesApplied).toEqual(['entities decode-data-html.js', 'entities decode-data-xml.js', 'entities decoder only', 'lazy linkify-it'])
    expect(JSON.parse(fs.readFileSync(path.join(cache, 'manifest.json'), 'utf8')).bundles).toEqual(built.bundles)
  })

  it('normalises every corpus file, and character references, exactly as the sources do', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-minutes-bundle-files-'))
    try {
      const references = '# Caf&eacute; &amp; Cr&egrave;me\n\nA &ne; B, &#x1F600; &#128512; &notin; &NotNestedGreaterGreater; &bogus; &amp\n\n[l](https://example.com/?a=1&amp;b=&lt;2&gt;)\n'
      const inputs = new Map([...corpusFiles(corpus).map((name) => [name, fs.readFileSync(path.join(corpus, name), 'utf8')] as const), ['references.md', references]])
      const paths = [...inputs.keys()].map((name, index) => {
        const target = path.join(dir, `${index}.md`)
        fs.writeFileSync(target, inputs.get(name)!)
        return target
      })
      const { status, stderr } = runBundle('normalize', ['normalize', '--write', ...paths])
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
      const outputs = [...inputs.values()].map((input, index) => [fs.readFileSync(paths[index]!, 'utf8'), normalizeMarkdown(input)])
      for (const [bundled, sources] of outputs) expect(bundled).toBe(sources)
      expect(outputs.at(-1)![0]).toContain('Café & Crème')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('leave the linter out of the one for normalize only, and have it in the other', () => {
    const source = (name: keyof Built['bundles']) => fs.readFileSync(built.bundles[name], 'latin1')
    expect(source('normalize').length).toBeLessThan(source('all').length * 0.7)
    expect(source('normalize')).not.toContain('node_modules/markdownlint/')
    const file = path.join(cache, 'lint-me.md')
    fs.writeFileSync(file, '# Title\n\n<b>bold</b>\n')
    expect(runBundle('all', ['lint', file])).toEqual({ status: 0, stdout: `${file}:3 MD033 Inline HTML [Element: b] (warning)\n`, stderr: '' })
    expect(runBundle('normalize', ['lint', file]).stderr).toContain('this bundle is for normalize and has no linter')
  })
})
