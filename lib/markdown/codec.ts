import { getExtensionField, getSchemaByResolvedExtensions, resolveExtensions, type AnyExtension, type Extensions } from '@tiptap/core'
import type { MarkType, NodeType, Schema } from '@tiptap/pm/model'
import MarkdownIt, { type PluginSimple } from 'markdown-it'
import { minutesResolvedExtensions, minutesSchema } from '../editor/schema'
import { blockRuleDispatch } from './markdown-it/block-rule-dispatch'
import { fastBlockState } from './markdown-it/fast-block-state'
import { fastText } from './markdown-it/fast-text'
import type { MarkMarkdown, NodeMarkdown, TokenSpec } from '../editor/markdown-rule'
import { starterKitMarkMarkdown, starterKitNodeMarkdown } from '../editor/starter-kit'

export interface TokenHandler {
  spec: TokenSpec
  type: NodeType | MarkType
}

/** Everything needed to read and write Markdown for one set of extensions. */
export interface MarkdownCodec {
  schema: Schema
  tokenizer: MarkdownIt
  tokens: ReadonlyMap<string, TokenHandler>
  nodes: ReadonlyMap<string, NodeMarkdown>
  marks: ReadonlyMap<string, MarkMarkdown>
}

function createTokenizer(plugins: Iterable<PluginSimple>): MarkdownIt {
  // CommonMark plus the GFM parts markdown-it has; what the schema has no node
  // for is turned into source-keeping tokens by the nodes' own plugins.
  const md = new MarkdownIt('commonmark', { html: true }).enable(['table', 'strikethrough'])
  // Deep pad outlines must not be cut off where markdown-it's default stops nesting.
  const options = md.options as typeof md.options & { maxNesting: number }
  options.maxNesting = 200
  // Links are kept as written; sanitising and encoding is the renderer's job.
  md.validateLink = () => true
  md.normalizeLink = (url) => url
  md.normalizeLinkText = (text) => text
  md.use(fastText)
  md.use(fastBlockState)
  md.use(blockRuleDispatch)
  for (const plugin of plugins) md.use(plugin)
  return md
}

/** Builds the codec from the same extensions the editor runs. */
export function createMarkdownCodec(extensions: Extensions): MarkdownCodec {
  const resolved: AnyExtension[] = resolveExtensions(extensions)
  return codecOfResolvedExtensions(resolved, getSchemaByResolvedExtensions(resolved))
}

/** The codec of extensions already resolved (StarterKit flattened), whose schema is `schema`. */
function codecOfResolvedExtensions(resolved: AnyExtension[], schema: Schema): MarkdownCodec {
  const nodes = new Map<string, NodeMarkdown>()
  const marks = new Map<string, MarkMarkdown>()
  for (const extension of resolved) {
    if (extension.type === 'node') {
      const rule = getExtensionField<NodeMarkdown | undefined>(extension, 'markdown') ?? starterKitNodeMarkdown[extension.name]
      if (rule) nodes.set(extension.name, rule)
    } else if (extension.type === 'mark') {
      const rule = getExtensionField<MarkMarkdown | undefined>(extension, 'markdown') ?? starterKitMarkMarkdown[extension.name]
      if (rule) marks.set(extension.name, rule)
    }
  }
  for (const name of Object.keys(schema.nodes)) {
    if (name !== 'text' && !nodes.has(name)) throw new Error(`The node "${name}" has no Markdown rule`)
  }
  for (const name of Object.keys(schema.marks)) {
    if (!marks.has(name)) throw new Error(`The mark "${name}" has no Markdown rule`)
  }

  const tokens = new Map<string, TokenHandler>()
  const plugins = new Set<PluginSimple>()
  const collect = (parse: NodeMarkdown['parse'], type: NodeType | MarkType) => {
    for (const [name, spec] of Object.entries(parse?.tokens ?? {})) {
      if (tokens.has(name)) throw new Error(`Two Markdown rules read the token "${name}"`)
      tokens.set(name, { spec, type })
    }
    for (const plugin of parse?.plugins ?? []) plugins.add(plugin)
  }
  for (const [name, rule] of nodes) collect(rule.parse, schema.nodes[name]!)
  for (const [name, rule] of marks) collect(rule.parse, schema.marks[name]!)

  return { schema, tokenizer: createTokenizer(plugins), tokens, nodes, marks }
}

let shared: MarkdownCodec | undefined

/** The codec of the minutes' own extensions, built once. */
export function minutesCodec(): MarkdownCodec {
  shared ??= codecOfResolvedExtensions(minutesResolvedExtensions, minutesSchema)
  return shared
}
