// Pasting or dropping image files into the minutes: each file is stored on the
// server first and then enters the shared document as an image whose source is
// its bare `<uuid>.<ext>`, the relative link the exported Markdown keeps.
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { adoptPastedImagesPlugin } from './adopt-pasted-images'
import { PastedImageView } from './pasted-image-view'
import { uploadMeetingImage } from './upload-meeting-image'
import { addPlaceholders, anchorPlaceholders, placeholderPos, removePlaceholder, replacePlaceholder, uploadPlaceholdersPlugin } from './upload-placeholders'

export interface ImageUploadsOptions {
  meetingId: string
  /** A sentence for the person who pasted, or null when the last problem no longer stands. */
  onProblem: (message: string | null) => void
}

/** Inserts the image at `pos`, or, where an image cannot stand (a code block), right after that block. */
function insertImage(state: EditorState, pos: number, src: string, alt: string): { tr: Transaction; at: number } | null {
  const node = state.schema.nodes.image!.create({ src, alt })
  const $pos = state.doc.resolve(pos)
  const candidates = [pos, ...($pos.depth > 0 ? [$pos.after(1)] : []), state.doc.content.size]
  for (const at of candidates) {
    const tr = state.tr.insert(at, node)
    if (tr.docChanged) return { tr, at }
  }
  return null
}

/** The alt text a file gives: its name without the extension, unless it is a clipboard's generic "image.png". */
function altOf(file: File): string {
  const base = file.name.replace(/\.[^.]*$/, '')
  return /^image$/i.test(base) ? '' : base
}

async function uploadAll(view: EditorView, files: File[], ids: string[], options: ImageUploadsOptions): Promise<void> {
  const problems: string[] = []
  // One after another, so the images land in the order they were pasted.
  for (const [index, file] of files.entries()) {
    const id = ids[index]!
    let fileName: string | null = null
    try {
      fileName = await uploadMeetingImage(options.meetingId, file)
    } catch (error) {
      problems.push(`Could not add ${file.name ? `“${file.name}”` : 'the image'}: ${(error as Error).message}.`)
    }
    if (view.isDestroyed) return
    const pos = placeholderPos(view.state, id)
    const inserted = fileName !== null && pos !== null ? insertImage(view.state, pos, fileName, altOf(file)) : null
    if (inserted) {
      const { tr, at } = inserted
      // A cursor still where the image lands moves after it, as mapping does by itself.
      view.dispatch(replacePlaceholder(tr, view.state, id, at, tr.doc.nodeSize - view.state.doc.nodeSize))
      anchorPlaceholders(view)
    } else {
      view.dispatch(removePlaceholder(view.state.tr, id))
    }
  }
  if (problems.length) options.onProblem(problems.join(' '))
}

function startUploads(view: EditorView, files: File[], pos: number | null, options: ImageUploadsOptions): void {
  const tr = view.state.tr
  if (pos === null) tr.deleteSelection()
  const at = pos ?? tr.selection.from
  // Only what an <img> can show gets a preview; scripts in an SVG do not run there.
  const previews = files.map((file) => (file.type.startsWith('image/') ? URL.createObjectURL(file) : ''))
  const ids = addPlaceholders(
    tr,
    at,
    files.map((file, i) => ({ name: file.name || 'image', preview: previews[i]! })),
  )
  view.dispatch(tr.scrollIntoView())
  anchorPlaceholders(view)
  options.onProblem(null)
  void uploadAll(view, files, ids, options).finally(() => previews.forEach((url) => url && URL.revokeObjectURL(url)))
}

function filesOf(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? [])
}

export const ImageUploads = Extension.create<ImageUploadsOptions>({
  name: 'imageUploads',

  addOptions() {
    return { meetingId: '', onProblem: () => {} }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      uploadPlaceholdersPlugin(),
      adoptPastedImagesPlugin(options),
      new Plugin({
        key: new PluginKey('imageUploads'),
        props: {
          nodeViews: { image: (node) => new PastedImageView(node, options.meetingId) },
          handlePaste(view, event) {
            const files = filesOf(event.clipboardData)
            // Spreadsheets and word processors put a picture of the copied
            // cells beside their text; the text is what was meant.
            if (files.length === 0 || event.clipboardData?.getData('text/plain')) return false
            if (!view.editable) return true
            startUploads(view, files, null, options)
            return true
          },
          handleDrop(view, event, _slice, moved) {
            const files = filesOf(event.dataTransfer)
            if (moved || files.length === 0) return false
            event.preventDefault()
            if (!view.editable) return true
            const target = view.posAtCoords({ left: event.clientX, top: event.clientY })
            startUploads(view, files, target?.pos ?? view.state.selection.from, options)
            return true
          },
        },
      }),
    ]
  },
})
