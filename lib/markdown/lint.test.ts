import { describe, expect, it } from 'vitest'
import { defaultLintConfig, lintMarkdown } from './lint'

describe('lintMarkdown', () => {
  it('reports rules with line, name and description', () => {
    const findings = lintMarkdown('# T\n\nSome text   \n')
    expect(findings).toEqual([expect.objectContaining({ line: 3, rule: 'MD009', severity: 'error', description: 'Trailing spaces' })])
  })

  it('reports the rules allowed to stand as warnings', () => {
    const findings = lintMarkdown('# A\n\n# B\n\n<br>\n')
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['MD025', 'warning'],
      ['MD033', 'warning'],
    ])
  })

  it('lets findings stand that only a change of meaning could fix', () => {
    const findings = lintMarkdown('# T\n\n```text\na\tb\n```\n\n3. three\n4. four\n')
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['MD010', 'warning'],
      ['MD029', 'warning'],
      ['MD029', 'warning'],
    ])
  })

  it('lets blank-line rules stand inside a tight list, which blank lines would make loose', () => {
    const findings = lintMarkdown('# T\n\n- item\n  ```text\n  code\n  ```\n- item\n')
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['MD031', 'warning'],
      ['MD031', 'warning'],
    ])
    expect(lintMarkdown('# T\n\nText\n```text\ncode\n```\n').map((f) => [f.rule, f.severity])).toContainEqual(['MD031', 'error'])
  })

  it('keeps line length and duplicate headings off by default', () => {
    expect(defaultLintConfig).toEqual({ default: true, MD013: false, MD024: false })
    expect(lintMarkdown(`# T\n\n## A\n\n## A\n\n${'x'.repeat(300)}\n`)).toEqual([])
  })

  it('uses a given configuration instead of the default', () => {
    expect(lintMarkdown('# T\n\nSome text   \n', { default: true, MD009: false })).toEqual([])
    expect(lintMarkdown(`# T\n\n${'word '.repeat(60).trim()}\n`, { default: true }).map((f) => f.rule)).toEqual(['MD013'])
  })
})
