import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { Placeholder } from '@tiptap/extensions'
import type { Extensions } from '@tiptap/react'
import { HandleSuggestions } from '@/components/agenda/handle-suggestions'
import { RunningAgendaItem } from '@/components/agenda/running-agenda-item'
import { minutesExtensions } from '@/lib/editor/extensions'
import { MarkdownPaste } from '@/lib/editor/markdown-paste'
import { renderCaret } from './caret'
import { CaretLabelLayout } from './caret-label-layout'
import type { CollabSession } from './collab/collab-session'
import { ImageUploads } from './images/image-uploads'
import { PasteUndoStep } from './paste-undo-step'

export function minutesEditorExtensions(session: CollabSession, options: { onImageProblem: (message: string | null) => void }): Extensions {
  return [
    // The document model is shared with the Markdown exporter, so the editor holds nothing it cannot write.
    ...minutesExtensions({ collaboration: true }),
    Placeholder.configure({ placeholder: 'Write the minutes… type # for a heading, - for a list' }),
    Collaboration.configure({ document: session.doc, field: 'default' }),
    PasteUndoStep,
    CollaborationCaret.configure({ provider: session.provider, user: session.user, render: renderCaret }),
    CaretLabelLayout,
    MarkdownPaste,
    ImageUploads.configure({ meetingId: session.meetingId, onProblem: options.onImageProblem }),
    HandleSuggestions.configure({ meetingId: session.meetingId }),
    RunningAgendaItem.configure({ doc: session.doc }),
  ]
}
