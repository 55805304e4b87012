'use client'

import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type { CollabSession, CollabSnapshot } from './collab/collab-session'
import { minutesEditorExtensions } from './minutes-extensions'
import { ConnectionProblem, explainClose } from './status/ConnectionProblem'
import { ConnectionStatus } from './status/ConnectionStatus'
import { EditorToolbar } from './toolbar/EditorToolbar'
import { ImageProblem } from './images/ImageProblem'
import { useFileDropsStayInEditor } from './hooks/useFileDropsStayInEditor'

const editorId = 'minutes-editor'

/** The toolbar and the shared document, once the browser's cached copy is in. */
export function LiveMinutes({ session, snapshot, meetingTitle, locked = false }: { session: CollabSession; snapshot: CollabSnapshot; meetingTitle: string; locked?: boolean }) {
  const [imageProblem, setImageProblem] = useState<string | null>(null)
  useFileDropsStayInEditor()
  const editor = useEditor(
    {
      extensions: minutesEditorExtensions(session, { onImageProblem: setImageProblem }),
      // Only ever rendered in the browser (the session does not exist on the server).
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          id: editorId,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': `Minutes of ${meetingTitle}`,
          class: 'minutes-prose',
          spellcheck: 'true',
        },
      },
    },
    [session],
  )

  const { connection } = snapshot
  const editable = !locked && (connection.kind !== 'closed' || explainClose(connection.code, connection.reason, session.meetingId).canKeepEditing)
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  return (
    <>
      {/* Sticky so that the state of the connection, and a refusal above all, stays in view while writing. */}
      <div className="z-20 mb-4 space-y-2 sm:sticky sm:top-14 sm:bg-slate-50">
        {editor && <EditorToolbar editor={editor} trailing={<ConnectionStatus connection={connection} unsaved={snapshot.unsaved} keptInBrowser={snapshot.cacheAvailable} storedInBrowser={snapshot.storedInBrowser} />} />}
        {connection.kind === 'closed' && <ConnectionProblem connection={connection} meetingId={session.meetingId} />}
        {imageProblem && <ImageProblem message={imageProblem} onDismiss={() => setImageProblem(null)} />}
      </div>
      {!snapshot.cacheAvailable && (
        <p className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          This browser does not let the page keep a copy of the minutes, so typing while offline is lost when the tab closes.
        </p>
      )}
      <div
        data-testid="editor"
        onClick={(event) => {
          // The page around the text is part of the writing surface.
          if (event.target === event.currentTarget) editor?.commands.focus('end')
        }}
        className="min-h-[60vh] cursor-text rounded-xl border border-slate-200 bg-white px-6 py-8 shadow-sm sm:px-12 sm:py-10"
      >
        <EditorContent editor={editor} />
      </div>
    </>
  )
}
