import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { yUndoPluginKey } from '@tiptap/y-tiptap'

/** Ends the undo step under way, so that what comes next is one of its own. */
function endUndoStep(view: EditorView): false {
  const undo = yUndoPluginKey.getState(view.state) as { undoManager?: { stopCapturing(): void } } | undefined
  undo?.undoManager?.stopCapturing()
  return false
}

/**
 * A paste or a drop is an undo step of its own. Yjs' undo manager merges
 * whatever one person does within half a second into one step, so undoing a
 * paste made right after typing took the typing with it. Runs before the
 * other paste handlers (Markdown, images), which may take the paste.
 */
export const PasteUndoStep = Extension.create({
  name: 'pasteUndoStep',
  priority: 1000,
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('pasteUndoStep'), props: { handlePaste: endUndoStep, handleDrop: endUndoStep } })]
  },
})
