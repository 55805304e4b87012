import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { Placeholder } from '@tiptap/extensions'
import StarterKit from '@tiptap/starter-kit'
import type { Extensions } from '@tiptap/react'
import { renderCaret } from './caret'
import { CaretLabelLayout } from './caret-label-layout'
import type { CollabSession } from './collab/collab-session'

/**
 * Until lib/editor ships the shared list, StarterKit limited to what Markdown
 * can say: no underline, and no local undo history, which would undo other
 * people's typing; the Collaboration extension brings an undo of one's own.
 */
const documentExtensions = (): Extensions => [
  StarterKit.configure({
    undoRedo: false,
    underline: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
  }),
]

export function minutesEditorExtensions(session: CollabSession): Extensions {
  return [
    ...documentExtensions(),
    Placeholder.configure({ placeholder: 'Write the minutes… type # for a heading, - for a list' }),
    Collaboration.configure({ document: session.doc, field: 'default' }),
    CollaborationCaret.configure({ provider: session.provider, user: session.user, render: renderCaret }),
    CaretLabelLayout,
  ]
}
