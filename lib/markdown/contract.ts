import fs from 'node:fs'
import path from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml as gfmHtmlExtension } from 'micromark-extension-gfm'
import { lintMarkdown, type LintConfig, type LintFinding } from './lint'

/**
 * The checks a normalised file must pass (issue 3), shared by the corpus test
 * and the benchmark, which holds other tools to the same bar.
 */

/** CommonMark + GFM HTML, as GitHub's renderer builds it. */
export function gfmHtml(markdown: string): string {
  // A missing final newline only drops the HTML's final newline; the format always adds one.
  const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`
  return micromark(text, { extensions: [gfm()], htmlExtensions: [gfmHtmlExtension()], allowDangerousHtml: true })
}

/**
 * HTML with the two differences the format allows: a heading's trailing
 * punctuation (`## Agenda:`) and the `text` language of a fence that had none.
 */
export function comparableHtml(html: string): string {
  return html
    .replace(/[.,;:!。，；：！]+((?:<\/(?:em|strong|del|a|code)>)*<\/h[1-6]>)/g, '$1')
    .replace(/<code class="language-text">/g, '<code>')
}

export const sameMeaning = (input: string, output: string): boolean =>
  comparableHtml(gfmHtml(input)) === comparableHtml(gfmHtml(output))

/** The lint findings that must not stand. */
export const lintErrors = (markdown: string, config?: LintConfig): LintFinding[] =>
  lintMarkdown(markdown, config).filter((finding) => finding.severity === 'error')

/** The minutes files of a corpus folder, relative paths, sorted. */
export function corpusFiles(root: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.md') && full !== path.join(root, 'README.md')) files.push(path.relative(root, full))
    }
  }
  walk(root)
  return files.sort()
}
