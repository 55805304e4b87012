// An image copied from other minutes arrives as its bare `<uuid>.<ext>`, which
// names a file stored for the other meeting. The meeting it is pasted into
// gets its own copy, so the image shows here and is committed with these
// minutes.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { pastedImageNameOf } from '@/lib/images/pasted-image-name'
import { copyImageIntoMeeting, ImageUploadFailed } from './upload-meeting-image'

export interface AdoptOptions {
  meetingId: string
  onProblem: (message: string | null) => void
}

function imageNames(doc: ProseMirrorNode): Set<string> {
  const names = new Set<string>()
  doc.descendants((node) => {
    const name = node.type.name === 'image' ? pastedImageNameOf(String(node.attrs.src ?? '')) : null
    if (name) names.add(name)
  })
  return names
}

function relink(view: EditorView, from: string, to: string): void {
  const tr = view.state.tr
  view.state.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && pastedImageNameOf(String(node.attrs.src ?? '')) === from) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, src: to })
    }
  })
  if (tr.docChanged) view.dispatch(tr)
}

async function adopt(view: EditorView, names: string[], options: AdoptOptions): Promise<void> {
  for (const name of names) {
    try {
      const copy = await copyImageIntoMeeting(options.meetingId, name)
      if (!view.isDestroyed && copy !== name) relink(view, name, copy)
    } catch (error) {
      // Not stored anywhere: a link from a repository's own minutes, shown as it always was.
      if (error instanceof ImageUploadFailed && error.status === 404) continue
      options.onProblem(`Could not copy the image pasted from other minutes into these: ${(error as Error).message}.`)
    }
  }
}

export function adoptPastedImagesPlugin(options: AdoptOptions): Plugin {
  let view: EditorView | null = null
  return new Plugin({
    key: new PluginKey('adoptPastedImages'),
    view(editorView) {
      view = editorView
      return { destroy: () => void (view = null) }
    },
    appendTransaction(trs, oldState, newState) {
      // Only what this person pasted or dropped; a move within the minutes keeps its image.
      if (!view || !trs.some((tr) => ['paste', 'drop'].includes(tr.getMeta('uiEvent') as string))) return null
      const before = imageNames(oldState.doc)
      const arrived = [...imageNames(newState.doc)].filter((name) => !before.has(name))
      const target = view
      if (arrived.length) queueMicrotask(() => void adopt(target, arrived, options))
      return null
    },
  })
}
