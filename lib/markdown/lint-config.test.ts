import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lintMarkdown } from './lint'
import { loadLintConfig, parseLintConfigText } from './lint-config'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-config-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: string) => {
  fs.writeFileSync(path.join(dir, name), content)
  return path.join(dir, name)
}

describe('loadLintConfig', () => {
  it('reads .markdownlint.json, comments allowed', () => {
    write('.markdownlint.json', '{\n  // trailing spaces are fine here\n  "default": true,\n  "MD009": false\n}\n')
    expect(loadLintConfig(dir)).toEqual({ default: true, MD009: false })
  })

  it('reads .markdownlint.yaml and .yml', () => {
    write('.markdownlint.yaml', 'default: true\nMD013:\n  line_length: 100\n')
    expect(loadLintConfig(dir)).toEqual({ default: true, MD013: { line_length: 100 } })
    fs.rmSync(path.join(dir, '.markdownlint.yaml'))
    write('.markdownlint.yml', 'MD041: false\n')
    expect(loadLintConfig(dir)).toEqual({ MD041: false })
  })

  it('reads the config key of .markdownlint-cli2.jsonc, which wins over the others', () => {
    write('.markdownlint.json', '{ "MD009": false }')
    write('.markdownlint-cli2.jsonc', '{ "config": { "default": true, "MD013": false, "MD024": false }, "globs": ["**/*.md"] }')
    expect(loadLintConfig(dir)).toEqual({ default: true, MD013: false, MD024: false })
  })

  it('follows extends', () => {
    write('base.json', '{ "MD009": false }')
    write('.markdownlint.json', '{ "extends": "base.json", "MD010": false }')
    const config = loadLintConfig(dir)
    expect(config).toMatchObject({ MD009: false, MD010: false })
    expect(lintMarkdown('# T\n\nx   \n', config)).toEqual([])
  })

  it('reads a file given directly', () => {
    expect(loadLintConfig(write('custom.yaml', 'MD009: false\n'))).toEqual({ MD009: false })
  })

  it('is undefined for a directory without a configuration', () => {
    expect(loadLintConfig(dir)).toBeUndefined()
  })

  it('names the file when it cannot be parsed', () => {
    const file = write('.markdownlint.json', '{ not json')
    expect(() => loadLintConfig(dir)).toThrow(file)
  })
})

describe('parseLintConfigText', () => {
  it('parses each file kind from its text, as read from another repository', () => {
    expect(parseLintConfigText('.markdownlint.json', '{ // why\n "MD009": false, }')).toEqual({ config: { MD009: false }, skippedExtends: false })
    expect(parseLintConfigText('.markdownlint.yaml', 'MD013:\n  line_length: 100\n').config).toEqual({ MD013: { line_length: 100 } })
    expect(parseLintConfigText('.markdownlint-cli2.jsonc', '{ "config": { "MD041": false }, "globs": ["*.md"] }').config).toEqual({ MD041: false })
  })

  it('says when it could not follow extends, and keeps the own rules', () => {
    expect(parseLintConfigText('.markdownlint.json', '{ "extends": "base.json", "MD009": false }')).toEqual({ config: { MD009: false }, skippedExtends: true })
  })

  it('names the file when the text is not a configuration', () => {
    expect(() => parseLintConfigText('.markdownlint.json', '{ nope')).toThrow(/not valid JSON/)
    expect(() => parseLintConfigText('.markdownlint.yaml', '- a\n- b\n')).toThrow(/\.markdownlint\.yaml: the markdownlint configuration is not an object/)
  })
})
