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
  buildBundle: (root: string, cache: string, manifest: string) => Promise<{ entry: string; patchesApplied: string[] }>
}

let cache: string
let built: { entry: string; patchesApplied: string[] }

beforeAll(async () => {
  // A cache of its own: the CLI's, which other tests run, stays as it is.
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'live-minutes-bundle-'))
  built = await buildBundle(repoRoot, cache, path.join(cache, 'manifest.json'))
}, 120_000)
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }))

/** Runs `normalize` of the bundle at `entry` in a fresh process, as the launcher would. */
function normalizeWithBundle(files: string[]): { status: number | null; stderr: string } {
  const script = `require(${JSON.stringify(built.entry)}).main(process.argv.slice(1)).then((status) => { process.exitCode = status })`
  const result = spawnSync(process.execPath, ['-e', script, 'normalize', '--write', ...files], { encoding: 'utf8' })
  return { status: result.status, stderr: result.stderr }
}

describe('the CLI bundle', () => {
  it('applies every load-time patch to the dependencies installed', () => {
    expect(built.patchesApplied).toEqual(['entities decode-data-html.js', 'entities decode-data-xml.js', 'entities decoder only', 'lazy linkify-it'])
    expect(JSON.parse(fs.readFileSync(path.join(cache, 'manifest.json'), 'utf8')).entry).toBe(built.entry)
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
      expect(normalizeWithBundle(paths)).toEqual({ status: 0, stderr: '' })
      const outputs = [...inputs.values()].map((input, index) => [fs.readFileSync(paths[index]!, 'utf8'), normalizeMarkdown(input)])
      for (const [bundled, sources] of outputs) expect(bundled).toBe(sources)
      expect(outputs.at(-1)![0]).toContain('Café & Crème')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
