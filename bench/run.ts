// `npm run bench [name...]`: runs the benchmarks (all, or those named) and
// writes each one's section into BENCHMARKS.md, replacing its previous one.
// A benchmark is a function resolving to a section title and its Markdown;
// register new ones below.
import fs from 'node:fs'
import path from 'node:path'
import { benchCollab } from './collab'
import { benchMarkdown } from './markdown'

type Benchmark = () => Promise<{ title: string; markdown: string }>

const benchmarks: Record<string, Benchmark> = {
  markdown: benchMarkdown,
  collab: benchCollab,
}

const file = path.join(path.resolve(import.meta.dirname, '..'), 'BENCHMARKS.md')

/** BENCHMARKS.md with the section `title` set to `markdown` (added at the end if new). */
function withSection(document: string, title: string, markdown: string): string {
  const section = `## ${title}\n\n${markdown.trim()}\n`
  const sections = document.split(/^(?=## )/m)
  const index = sections.findIndex((s) => s.startsWith(`## ${title}\n`))
  if (index === -1) sections.push(section)
  else sections[index] = section
  return sections.map((s) => `${s.trim()}\n`).join('\n')
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in benchmarks))
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(benchmarks).join(', ')}`)
  process.exit(2)
}
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue
  console.error(`Running ${name}…`)
  const { title, markdown } = await run()
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n'
  fs.writeFileSync(file, withSection(current, title, markdown))
  console.log(`## ${title}\n\n${markdown}\n`)
}
