// A series template is Markdown with {{placeholders}}, edited as a document:
// it goes through parseMarkdown into the editor and back out through
// serializeMarkdown. The placeholders must come out exactly as they went in,
// wherever they stand.
import { describe, expect, it } from 'vitest'
import { builtInTemplates } from '../series/built-in-templates'
import { fillTemplate, placeholderNames } from '../series/fill-template'
import { templateFromFile } from '../series/template-from-file'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpusFiles } from './contract'
import { parseMarkdown } from './parse'
import { serializeMarkdown } from './serialize'

const roundTrip = (markdown: string) => serializeMarkdown(parseMarkdown(markdown))

describe('templates through the Markdown pipeline', () => {
  it.each(builtInTemplates.map((t) => [t.id, t.markdown]))('built-in template %s comes back byte for byte', (_id, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown)
  })

  const placed = [
    ['an H1', '# {{date}}\n'],
    ['an H1 with spaces inside the braces', '# {{ date }}\n'],
    ['a heading beside other text', '# {{series}} {{date}}\n'],
    ['an agenda item with an owner', '### First topic (@{{author}}, 10min)\n'],
    ['a paragraph', 'Notes for {{series}} on {{date}}.\n'],
    ['a sponsor line', 'sponsor: @{{author}}\n'],
    ['a list item', '- Next call: {{yyyy}}/{{mm}}/{{dd}}\n'],
    ['an action item', '- AI @{{author}}: send {{title}} round\n'],
    ['a task list item', '- [ ] {{title}}\n'],
    ['emphasis', 'Chair: *@{{author}}* and **{{series}}**\n'],
    ['inline code', 'The file is `{{yyyy}}{{mm}}{{dd}}.md`\n'],
    ['a link text and target', 'See [{{title}}](https://example.org/{{date}})\n'],
    ['a table cell', '| When | Who |\n| --- | --- |\n| {{date}} | @{{author}} |\n'],
    ['a quote', '> {{title}}\n'],
    ['a code block', '```text\n{{date}}\n```\n'],
    ['every placeholder at once', `${placeholderNames.map((n) => `{{${n}}}`).join(' ')}\n`],
  ]
  it.each(placed)('in %s, survives exactly', (_where, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown)
  })

  it('is read as text: the editor sees the braces, and filling works on what it writes back', () => {
    const doc = parseMarkdown('# {{date}}\n\n### Topic (@{{author}}, 5min)\n')
    expect(doc.child(0).textContent).toBe('{{date}}')
    expect(doc.child(1).textContent).toBe('Topic (@{{author}}, 5min)')
    expect(fillTemplate(serializeMarkdown(doc), { date: '2024-07-24', title: 'T', series: 'S', author: 'fkr' })).toBe('# 2024-07-24\n\n### Topic (@fkr, 5min)\n')
  })

  it('a template made from each corpus file keeps its placeholders through the editor', () => {
    const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
    const files = corpusFiles(corpus)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const template = templateFromFile(readFileSync(join(corpus, file), 'utf8'))
      const count = (s: string) => s.match(/\{\{\s*[a-z]+\s*\}\}/g)?.length ?? 0
      expect(count(roundTrip(template)), file).toBe(count(template))
      // Once through the editor, the template is stable: a second pass changes nothing.
      expect(roundTrip(roundTrip(template)), file).toBe(roundTrip(template))
    }
  })
})
