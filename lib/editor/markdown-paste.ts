// Markdown copied from a pad, a file or an old meeting arrives on the clipboard
// as plain text; pasted as such it would keep its "#" and "-" as characters.
// This reads it with the codec instead, so it arrives as headings and lists.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Slice, type Schema } from '@tiptap/pm/model'
import type { EditorView } from '@tiptap/pm/view'
// The parser's own module, not lib/markdown's index: these run in the browser,
// and the index also brings the lint config loader, which needs node:fs.
import { parseMarkdown } from '../markdown/parse'

/** Line-start syntax that plain prose practically never has. */
const blockSyntax = [
  /^ {0,3}#{1,6}[ \t]+\S/m, // ATX heading
  /^ {0,3}[-*+][ \t]+\S/m, // bullet item
  /^ {0,3}\d{1,9}[.)][ \t]+\S/m, // ordered item
  /^ {0,3}>[ \t]?\S/m, // block quote
  /^ {0,3}(`{3,}|~{3,})/m, // code fence
  // setext heading; the look-ahead keeps a long single line linear, where
  // [^\n]*\S[^\n]* would backtrack quadratically and freeze the tab on paste
  /^(?=[^\n]*\S)[^\n]*\n {0,3}(=+|-{2,})[ \t]*$/m,
  /^ {0,3}\|?[ \t]*:?-+:?[ \t]*\|[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m, // table delimiter row
]

/**
 * Inline syntax that is unmistakable. Single `*` or `_` emphasis is left out:
 * snake_case names and arithmetic would be read as Markdown.
 */
const inlineSyntax = [
  /!?\[[^\]\n]+\]\([^)\s]+(?:[ \t]+"[^"\n]*")?\)/, // link or image
  /\*\*[^*\s](?:[^*\n]*[^*\s])?\*\*/, // strong
  /__[^_\s](?:[^_\n]*[^_\s])?__/, // strong
  /~~[^~\s](?:[^~\n]*[^~\s])?~~/, // strikethrough
  /`[^`\n]+`/, // inline code
  /<https?:\/\/[^>\s]+>/, // autolink
]

/** Whether plain text is worth reading as Markdown rather than pasting verbatim. */
export function looksLikeMarkdown(text: string): boolean {
  return blockSyntax.some((pattern) => pattern.test(text)) || inlineSyntax.some((pattern) => pattern.test(text))
}

const plainTextTags = new Set(['html', 'head', 'body', 'meta', 'style', 'div', 'span', 'br', 'pre', 'code', 'font'])

/**
 * Code editors (VS Code, a browser's view of a raw file) put their text on the
 * clipboard a second time as HTML, only to keep its colours: pre-formatted
 * boxes and spans, no structure. Such HTML carries nothing the text does not,
 * and pasting it would lose the Markdown's structure to a monospace paragraph.
 */
export function isPlainTextHtml(html: string): boolean {
  const tags = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase())
  if (!tags.every((tag) => plainTextTags.has(tag))) return false
  return /<pre[\s>]/i.test(html) || /white-space:\s*pre/i.test(html)
}

/**
 * The Markdown as a slice of `schema` (the editor's, which is built from the
 * same extensions as the codec's but is another instance), opened as far as
 * it goes so that a single line joins the paragraph it is pasted into.
 */
export function markdownSlice(markdown: string, schema: Schema): Slice {
  const doc = schema.nodeFromJSON(parseMarkdown(markdown).toJSON())
  return Slice.maxOpen(doc.content, false)
}

export interface PasteSource {
  text: string
  html: string
  /** The person asked for plain text (Ctrl+Shift+V). */
  plainRequested: boolean
  /** The cursor is in a code block, where text stays text. */
  inCode: boolean
}

/** Whether a paste should go through the Markdown codec. */
export function shouldPasteAsMarkdown({ text, html, plainRequested, inCode }: PasteSource): boolean {
  if (plainRequested || inCode || !text) return false
  if (html && !isPlainTextHtml(html)) return false
  return looksLikeMarkdown(text)
}

function pasteMarkdown(view: EditorView, text: string): void {
  const slice = markdownSlice(text, view.state.schema)
  view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'))
}

export const MarkdownPaste = Extension.create({
  name: 'markdownPaste',

  addProseMirrorPlugins() {
    // ProseMirror keeps whether Shift was down at paste time to itself; the
    // same is tracked here so that Ctrl+Shift+V still pastes plain text.
    let shiftDown = false
    return [
      new Plugin({
        key: new PluginKey('markdownPaste'),
        props: {
          handleDOMEvents: {
            keydown: (_view, event) => {
              shiftDown = event.shiftKey
              return false
            },
            keyup: (_view, event) => {
              if (event.key === 'Shift') shiftDown = false
              return false
            },
          },
          handlePaste: (view, event) => {
            const data = event.clipboardData
            if (!data) return false
            const source: PasteSource = {
              text: data.getData('text/plain'),
              html: data.getData('text/html'),
              plainRequested: shiftDown,
              inCode: Boolean(view.state.selection.$from.parent.type.spec.code),
            }
            if (!shouldPasteAsMarkdown(source)) return false
            pasteMarkdown(view, source.text)
            return true
          },
        },
      }),
    ]
  },
})
