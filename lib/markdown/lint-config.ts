import fs from 'node:fs'
import path from 'node:path'
import { parse as parseJsonc, type ParseError } from 'jsonc-parser'
import type { ConfigurationParser } from 'markdownlint'
import { readConfig } from 'markdownlint/sync'
import { parse as parseYaml } from 'yaml'
import type { LintConfig } from './lint'

/** The configuration files a repository may have, in markdownlint-cli2's order of precedence. */
export const lintConfigFileNames: readonly string[] = [
  '.markdownlint-cli2.jsonc',
  '.markdownlint.jsonc',
  '.markdownlint.json',
  '.markdownlint.yaml',
  '.markdownlint.yml',
]

function parseJsoncStrict(content: string): unknown {
  const errors: ParseError[] = []
  const value: unknown = parseJsonc(content, errors, { allowTrailingComma: true })
  if (errors.length > 0) throw new Error('not valid JSON')
  return value
}

// markdownlint checks the parsed value is an object; the parsers only parse.
const parsers = [parseJsoncStrict, (content: string) => parseYaml(content) as unknown] as ConfigurationParser[]

function asConfig(value: unknown, file: string): LintConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file}: the markdownlint configuration is not an object`)
  }
  return value as LintConfig
}

/** `.markdownlint-cli2.jsonc` keeps the rules under `config`, which may extend another file. */
function readCli2Config(file: string): LintConfig {
  const options = asConfig(parseJsoncStrict(fs.readFileSync(file, 'utf8')), file)
  const config = asConfig(options.config ?? {}, file)
  const { extends: base, ...own } = config
  if (typeof base !== 'string') return own
  return { ...readConfig(path.resolve(path.dirname(file), base), parsers), ...own }
}

function readConfigFile(file: string): LintConfig {
  try {
    if (path.basename(file) === '.markdownlint-cli2.jsonc') return readCli2Config(file)
    return asConfig(readConfig(file, parsers), file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(reason.startsWith(file) ? reason : `${file}: ${reason}`)
  }
}

/**
 * A target repository's own markdownlint configuration: `location` is a
 * configuration file, or a directory searched for one. Undefined when the
 * directory has none (the default configuration then applies).
 */
export function loadLintConfig(location: string): LintConfig | undefined {
  if (!fs.statSync(location).isDirectory()) return readConfigFile(location)
  for (const name of lintConfigFileNames) {
    const file = path.join(location, name)
    if (fs.existsSync(file)) return readConfigFile(file)
  }
  return undefined
}

/**
 * A configuration file's text as read from a repository that is not on this
 * disk (the export target's base branch). `extends` cannot be followed there,
 * so the file's own rules apply and the caller is told it was skipped.
 */
export function parseLintConfigText(fileName: string, text: string): { config: LintConfig; skippedExtends: boolean } {
  const base = path.basename(fileName)
  const value = base.endsWith('.yaml') || base.endsWith('.yml') ? (parseYaml(text) as unknown) : parseJsoncStrict(text)
  let config = asConfig(value, fileName)
  if (base === '.markdownlint-cli2.jsonc') config = asConfig(config.config ?? {}, fileName)
  const { extends: extended, ...own } = config
  return { config: own, skippedExtends: typeof extended === 'string' }
}
