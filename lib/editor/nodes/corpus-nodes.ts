// Test support: the structured nodes each corpus file parses into, checked to survive normalising.
import fs from 'node:fs'
import path from 'node:path'
import { corpusFiles } from '../../markdown/contract'
import { normalizeMarkdown } from '../../markdown/normalize'
import { parseMarkdown } from '../../markdown/parse'
import { nodesOf } from './test-editing'

const corpus = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus')

/** Per corpus file, the nodes of type `name` (text and attributes); also asserts the normalised file has the same attributes. */
export function corpusNodes(name: string): Map<string, Array<Record<string, unknown>>> {
  const found = new Map<string, Array<Record<string, unknown>>>()
  for (const file of corpusFiles(corpus)) {
    const raw = fs.readFileSync(path.join(corpus, file), 'utf8')
    const nodes = nodesOf(parseMarkdown(raw), name)
    const again = nodesOf(parseMarkdown(normalizeMarkdown(raw)), name)
    // The text may lose a heading's trailing colon; what the node means must not change.
    const meaning = (list: Array<Record<string, unknown>>) => JSON.stringify(list, (key, value: unknown) => (key === 'text' ? undefined : value))
    if (meaning(again) !== meaning(nodes)) throw new Error(`${file}: the ${name} nodes change when the file is normalised`)
    if (nodes.length > 0) found.set(file, nodes)
  }
  return found
}

export function corpusCount(found: Map<string, unknown[]>): { files: number; nodes: number } {
  return { files: found.size, nodes: [...found.values()].reduce((n, list) => n + list.length, 0) }
}
