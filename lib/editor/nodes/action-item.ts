import { Extension, Node, type CommandProps, type Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type MarkdownIt from 'markdown-it'
import { actionItemAssignees, actionItemHeadLength, saysDone } from '../../series/action-item-text'
import { decorationsPlugin, derivedNodesPlugin, metaAttrs, retype, type Reconcile } from '../derived-nodes'
import { inlineTokenText, startsStruck } from './inline-token-text'
import { textPositions, textRange } from './text-positions'

/**
 * What makes a list item an action item: its first paragraph's text, marks
 * taken off, starts `AI @handle:` (`- AI @x: …`, `- _AI @x: …_`,
 * `- ~~AI @x: …~~`, in bullet or ordered lists, at any depth). `AI @x`
 * elsewhere in a sentence, or without the colon, stays text. Done means the
 * item starts struck through (or ends `(done)`), which is how the minutes
 * write a closed item and how GitHub shows it.
 */
export function actionItemAttrs(text: string, struck: boolean): { assignees: string[]; done: boolean } | null {
  const assignees = actionItemAssignees(text)
  return assignees ? { assignees, done: struck || saysDone(text) } : null
}

/** Whether the first text of a paragraph is struck through. */
function paragraphStartsStruck(paragraph: ProseMirrorNode): boolean {
  let struck: boolean | null = null
  paragraph.forEach((child) => {
    if (struck === null && child.isText && child.text?.trim()) struck = child.marks.some((m) => m.type.name === 'strike')
  })
  return struck ?? false
}

function attrsOfItem(item: ProseMirrorNode) {
  const first = item.firstChild
  return first?.type.name === 'paragraph' ? actionItemAttrs(first.textContent, paragraphStartsStruck(first)) : null
}

/** A list item whose text starts `AI @x:` becomes an action item, and back; `done` follows the strikethrough. */
export const reconcileActionItem: Reconcile = (node, pos, parent, index, tr) => {
  const { actionItem, listItem } = tr.doc.type.schema.nodes
  if (!actionItem || !listItem || (node.type !== actionItem && node.type !== listItem)) return
  const attrs = attrsOfItem(node)
  if (attrs) retype(tr, pos, node, parent, index, actionItem, attrs)
  else if (node.type === actionItem) retype(tr, pos, node, parent, index, listItem, {})
}

const ACTION_TOKEN = 'action_item'

/** Turns the list item tokens of each action item into `action_item_open`/`_close`. */
function recogniseActionItems(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'action_items', (state) => {
    const tokens = state.tokens
    const open: number[] = []
    tokens.forEach((token, i) => {
      if (token.type === 'list_item_open') {
        open.push(i)
        const inline = tokens[i + 1]?.type === 'paragraph_open' ? tokens[i + 2] : undefined
        // The head needs an `@`, in the source or from a character reference: most items have neither, and skip the text.
        const mayHaveHead = inline !== undefined && (inline.content.includes('@') || inline.content.includes('&'))
        const attrs = mayHaveHead ? actionItemAttrs(inlineTokenText(inline), startsStruck(inline)) : null
        if (attrs) {
          token.type = `${ACTION_TOKEN}_open`
          token.meta = { ...token.meta, actionItem: attrs }
        }
      } else if (token.type === 'list_item_close') {
        const opened = tokens[open.pop() ?? -1]
        if (opened?.type === `${ACTION_TOKEN}_open`) token.type = `${ACTION_TOKEN}_close`
      }
    })
  })
}

/** Done ⇄ open: strikes the first paragraph through, or takes the strikethrough off. */
function toggleDone(view: EditorView, itemPos: number): void {
  const item = view.state.doc.nodeAt(itemPos)
  const paragraph = item?.firstChild
  const strike = view.state.schema.marks.strike
  if (!item || item.type.name !== 'actionItem' || !paragraph || !strike) return
  const from = itemPos + 2
  const to = from + paragraph.content.size
  view.dispatch(item.attrs.done ? view.state.tr.removeMark(from, to, strike) : view.state.tr.addMark(from, to, strike.create()))
}

/** The `AI @handle:` head drawn as the assignee chip. */
function headDecorations(doc: ProseMirrorNode): DecorationSet {
  const found: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'actionItem') return true
    const paragraph = node.firstChild
    if (paragraph?.type.name !== 'paragraph') return true
    const length = actionItemHeadLength(paragraph.textContent)
    const range = length > 0 ? textRange(textPositions(paragraph, pos + 1), 0, length) : null
    if (range) found.push(Decoration.inline(range.from, range.to, { class: 'action-item-assignee' }))
    return true
  })
  return DecorationSet.create(doc, found)
}

/**
 * Nests or unnests the list item at the caret in a list that mixes ordinary
 * and action items. ProseMirror's list commands work on one item type: an
 * action item next to ordinary ones could not be indented, and unindenting
 * one under another type would dissolve it into a paragraph. So the items
 * involved are moved as ordinary ones, and the plugin makes action items of
 * them again right after. Returns false in lists without action items.
 */
function moveInMixedList(editor: Editor, move: 'sinkListItem' | 'liftListItem'): boolean {
  const { $from } = editor.state.selection
  let depth = $from.depth
  while (depth > 0 && !['listItem', 'actionItem'].includes($from.node(depth).type.name)) depth--
  if (depth < 1) return false
  const list = $from.node(depth - 1)
  const outer = depth >= 2 && $from.node(depth - 2).type.name === 'actionItem' ? $from.before(depth - 2) : null
  const listStart = $from.start(depth - 1)
  const actions: number[] = []
  list.forEach((child, offset) => {
    if (child.type.name === 'actionItem') actions.push(listStart + offset)
  })
  if (actions.length === 0 && outer === null) return false
  const asListItems = ({ tr, state }: CommandProps) => {
    const listItem = state.schema.nodes.listItem
    if (!listItem) return false
    for (const pos of outer === null ? actions : [...actions, outer]) tr.setNodeMarkup(pos, listItem)
    return true
  }
  // A chain dispatches what its commands did even when one of them fails: try it dry first.
  if (!editor.can().chain().command(asListItems)[move]('listItem').run()) return false
  return editor.chain().command(asListItems)[move]('listItem').run()
}

/** Tab and Shift-Tab in mixed lists, ahead of the list item's own keys. */
const MixedListKeys = Extension.create({
  name: 'mixedListKeys',
  priority: 101,
  addKeyboardShortcuts() {
    return {
      Tab: () => moveInMixedList(this.editor, 'sinkListItem'),
      'Shift-Tab': () => moveInMixedList(this.editor, 'liftListItem'),
    }
  },
})

/**
 * An action item: a list item `AI @handle: what`, with a check box. The text
 * is the source; `assignees` and `done` are derived from it, and the box only
 * adds or removes the strikethrough, so the Markdown stays what people wrote
 * and the next meeting's carry-over reads what the box shows. It lives in
 * bullet and ordered lists beside ordinary items (see action-item-lists.ts).
 */
export const ActionItem = Node.create({
  name: 'actionItem',
  content: 'paragraph block*',
  defining: true,

  addAttributes() {
    return {
      assignees: { default: [], rendered: false },
      done: { default: false, rendered: false },
    }
  },

  parseHTML() {
    return [{ tag: 'li[data-action-item]', priority: 60, contentElement: '[data-action-item-content]' }]
  },

  renderHTML({ node }) {
    return ['li', { 'data-action-item': '', 'data-done': String(node.attrs.done) }, ['div', { 'data-action-item-content': '' }, 0]]
  },

  addNodeView() {
    return ({ node: initial, getPos, view }) => {
      let node = initial
      const dom = document.createElement('li')
      const box = document.createElement('button')
      const contentDOM = document.createElement('div')
      dom.dataset.actionItem = ''
      box.type = 'button'
      box.contentEditable = 'false'
      box.className = 'action-item-box'
      box.setAttribute('role', 'checkbox')
      contentDOM.dataset.actionItemContent = ''
      box.addEventListener('mousedown', (event) => {
        event.preventDefault()
        const pos = getPos()
        if (typeof pos === 'number' && view.editable) toggleDone(view, pos)
      })
      const draw = () => {
        const done = Boolean(node.attrs.done)
        dom.className = done ? 'action-item action-item-done' : 'action-item'
        box.setAttribute('aria-checked', String(done))
        box.setAttribute('aria-label', `${done ? 'Reopen' : 'Mark done'}: ${node.firstChild?.textContent ?? ''}`)
      }
      draw()
      dom.append(box, contentDOM)
      return {
        dom,
        contentDOM,
        update: (next: ProseMirrorNode) => {
          if (next.type !== node.type) return false
          node = next
          draw()
          return true
        },
        // The box is ours: clicks on it are no edits and no selection.
        stopEvent: (event: Event) => event.target === box,
        ignoreMutation: (mutation) => mutation.target === box || mutation.target === dom && mutation.type === 'attributes',
      }
    }
  },

  addKeyboardShortcuts() {
    // A new item after an action item starts as an ordinary one (its text is empty); the plugin retypes as people type.
    return { Enter: () => this.editor.commands.splitListItem(this.name) }
  },

  addExtensions() {
    return [MixedListKeys]
  },

  addProseMirrorPlugins() {
    return [derivedNodesPlugin('actionItems', reconcileActionItem), decorationsPlugin('actionItemHead', headDecorations)]
  },

  markdown: {
    parse: {
      tokens: { [ACTION_TOKEN]: { kind: 'block', getAttrs: metaAttrs('actionItem') } },
      plugins: [recogniseActionItems],
    },
    // Written like any list item: its list knows the marker and the spacing.
    block: (node, out) => out.blocks(node),
  },
})
