// Where each image being uploaded will land, shown as a placeholder while it
// uploads. Only this browser sees it: the document gets the image once it is
// stored, so collaborators never see a link that does not exist yet.
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap'

interface Placeholder {
  id: string
  pos: number
  /** The same place in the shared document; see `follow`. */
  anchor: unknown
  name: string
  preview: string
}

type Placing = Partial<Pick<Placeholder, 'pos' | 'anchor'>>
interface Action {
  add?: Placeholder[]
  remove?: string
  place?: Record<string, Placing>
}

const key = new PluginKey<Placeholder[]>('imageUploadPlaceholders')

interface SyncState {
  doc: unknown
  type: unknown
  binding: { mapping: unknown } | null
}

function syncState(state: EditorState): SyncState | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined
  return sync?.binding ? sync : null
}

/**
 * A collaborator's change arrives as a replacement of the whole document, which
 * would carry every placeholder to its end; the place is then found again from
 * the shared document's own anchor. Local changes map positions as usual.
 */
function follow(placeholder: Placeholder, tr: Transaction, state: EditorState): Placeholder {
  const sync = syncState(state)
  const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin
  if (remote && sync && placeholder.anchor) {
    const pos = relativePositionToAbsolutePosition(sync.doc as never, sync.type as never, placeholder.anchor, sync.binding!.mapping as never)
    if (pos !== null) return { ...placeholder, pos: Math.min(pos, state.doc.content.size) }
  }
  // Text typed where the image will land goes after it, as after a pasted image.
  return { ...placeholder, pos: tr.mapping.map(placeholder.pos, -1) }
}

function widget(placeholder: Placeholder): HTMLElement {
  const box = document.createElement('span')
  box.className = 'image-upload-placeholder'
  box.setAttribute('role', 'status')
  box.setAttribute('aria-label', `Uploading ${placeholder.name}`)
  if (placeholder.preview) {
    const preview = document.createElement('img')
    preview.src = placeholder.preview
    preview.alt = ''
    box.append(preview)
  }
  const label = document.createElement('span')
  label.className = 'image-upload-label'
  label.textContent = 'Uploading…'
  box.append(label)
  return box
}

export function uploadPlaceholdersPlugin(): Plugin<Placeholder[]> {
  return new Plugin<Placeholder[]>({
  key,
  state: {
    init: () => [],
    apply(tr, placeholders, _old, state) {
      let next = tr.docChanged ? placeholders.map((p) => follow(p, tr, state)) : placeholders
      const { add = [], remove, place = {} } = (tr.getMeta(key) as Action | undefined) ?? {}
      next = [...next, ...add].filter((p) => p.id !== remove).map((p) => (p.id in place ? { ...p, ...place[p.id] } : p))
      return next
    },
  },
  props: {
    decorations(state) {
      const placeholders = key.getState(state) ?? []
      if (placeholders.length === 0) return null
      return DecorationSet.create(
        state.doc,
        placeholders.map((p) => Decoration.widget(Math.min(p.pos, state.doc.content.size), () => widget(p), { key: p.id, side: -1 })),
      )
    },
  },
})
}

/**
 * Ties each placeholder to the shared document at its current place. Called
 * once the editor's own changes have reached the shared document, which they
 * have right after a dispatch returns.
 */
export function anchorPlaceholders(view: EditorView): void {
  const sync = syncState(view.state)
  if (!sync) return
  const place: Record<string, Placing> = {}
  for (const p of key.getState(view.state) ?? []) {
    place[p.id] = { anchor: absolutePositionToRelativePosition(p.pos, sync.type as never, sync.binding!.mapping as never) }
  }
  view.dispatch(view.state.tr.setMeta(key, { place } satisfies Action))
}

let counter = 0

/** Shows a placeholder for each file at `pos`, in order; answers their ids. */
export function addPlaceholders(tr: Transaction, pos: number, files: { name: string; preview: string }[]): string[] {
  const add = files.map((f) => ({ id: `image-upload-${++counter}`, pos, anchor: null, name: f.name, preview: f.preview }))
  tr.setMeta(key, { add } satisfies Action)
  return add.map((p) => p.id)
}

/** Where the upload `id` lands now, or null once its placeholder is gone. */
export function placeholderPos(state: EditorState, id: string): number | null {
  return key.getState(state)?.find((p) => p.id === id)?.pos ?? null
}

export function removePlaceholder(tr: Transaction, id: string): Transaction {
  return tr.setMeta(key, { remove: id } satisfies Action)
}

/**
 * Removes the placeholder of an image just inserted at `at`, `size` wide, and
 * moves the uploads still waiting at that place after it: files pasted
 * together keep their order.
 */
export function replacePlaceholder(tr: Transaction, state: EditorState, id: string, at: number, size: number): Transaction {
  const place: Record<string, Placing> = {}
  for (const p of key.getState(state) ?? []) if (p.id !== id && p.pos === at) place[p.id] = { pos: at + size }
  return tr.setMeta(key, { remove: id, place } satisfies Action)
}
