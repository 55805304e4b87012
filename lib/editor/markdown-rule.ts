import type { PluginSimple } from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { Attrs, Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'

/**
 * How a node or mark reads and writes Markdown. Each node keeps its rule next
 * to its Tiptap definition (the `markdown` field of `Node.create` /
 * `Mark.create`), so the codec is built from the very extension list the
 * editor runs and a new node brings its own syntax with it.
 */

/** What a parse rule may ask about the text being parsed. */
export interface ParseSource {
  /** Column (tabs expanded) at which the text of a source line starts. */
  lineIndent(line: number): number
}

export type GetAttrs = (token: Token, source: ParseSource) => Attrs | null

/**
 * One markdown-it token (or `name_open`/`name_close` pair) and what it becomes.
 * - `block`: a pair whose inner tokens become this node's content.
 * - `leaf`: one token becomes this node; `text` gives its text content, if any.
 * - `mark`: an inline pair whose inner tokens get this mark.
 * - `markedText`: one inline token whose `content` becomes text with this mark.
 */
export type TokenSpec =
  | { kind: 'block'; getAttrs?: GetAttrs }
  | { kind: 'leaf'; getAttrs?: GetAttrs; text?: (token: Token) => string }
  | { kind: 'mark'; getAttrs?: GetAttrs }
  | { kind: 'markedText'; getAttrs?: GetAttrs }

export interface MarkdownParseRule {
  /** Keyed by markdown-it token name, without the `_open`/`_close` suffix of pairs. */
  tokens: Record<string, TokenSpec>
  /** markdown-it plugins that produce those tokens; each is applied once. */
  plugins?: PluginSimple[]
}

/** What a block serialiser may use to write its node and its children. */
export interface BlockWriter {
  /**
   * The node's inline content as escaped lines. `heading` applies the heading
   * rules (no trailing punctuation); `atx` also means the text follows `## `.
   */
  inline(node: ProseMirrorNode, options?: { heading?: 'atx' | 'setext' }): string[]
  /** The node's child blocks, one blank line apart unless `tight`. */
  blocks(node: ProseMirrorNode, options?: { tight?: boolean }): string[]
  /**
   * Lines written inside a container: the first prefixed by `first`, the others
   * by `rest` (blank lines stay blank, apart from a blockquote's `>`).
   */
  contain(first: string, rest: string, render: (inner: BlockWriter) => string[]): string[]
}

/** What an inline serialiser may use. */
export interface InlineWriter {
  /** Escapes text so that it reads back as exactly that text. */
  escapeText(text: string): string
}

/**
 * Inline output of an atom: `markdown` is written as is. A `lineIndent` asks for
 * the line after a break to start at that column when its container allows.
 */
export interface InlinePiece {
  markdown: string
  lineIndent?: number | null
}

export interface NodeMarkdown {
  parse?: MarkdownParseRule
  /** Block nodes: the lines of the node. */
  block?: (node: ProseMirrorNode, out: BlockWriter) => string[]
  /** Inline atoms: the Markdown of the node. */
  inline?: (node: ProseMirrorNode, out: InlineWriter) => InlinePiece
  /**
   * Two such siblings written one after the other would merge into one (two
   * lists, two blockquotes): the serialiser puts an invisible separator between.
   */
  mergesWithSameKind?: boolean
  /**
   * The node whose Markdown this one's is (a participants list is a bullet
   * list), for telling when two siblings are of the same kind.
   */
  writtenAs?: string
}

export interface MarkMarkdown {
  parse?: MarkdownParseRule
  open: (mark: Mark) => string
  close: (mark: Mark) => string
  /** Content taken literally (code spans): the whole run is written by this function. */
  verbatim?: (text: string, mark: Mark) => string
  /** A shorter form for a run of plain text (autolinks), or null when it does not apply. */
  whole?: (text: string, mark: Mark) => string | null
  /** Delimiter runs (`*`, `~~`): the content must not start or end with whitespace. */
  flanking?: boolean
}

// The type parameters must repeat Tiptap's declaration for the interfaces to merge.
/* eslint-disable @typescript-eslint/no-unused-vars */
declare module '@tiptap/core' {
  interface NodeConfig<Options, Storage> {
    /** Markdown syntax of this node, collected by lib/markdown. */
    markdown?: NodeMarkdown
  }
  interface MarkConfig<Options, Storage> {
    /** Markdown syntax of this mark, collected by lib/markdown. */
    markdown?: MarkMarkdown
  }
}
/* eslint-enable @typescript-eslint/no-unused-vars */
