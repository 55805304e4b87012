import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { ListTightness } from './list-tightness'
import { InlineCode } from './marks/inline-code'
import { ActionItem } from './nodes/action-item'
import { ActionItemLists } from './nodes/action-item-lists'
import { AgendaItem } from './nodes/agenda-item'
import { Image } from './nodes/image'
import { Participant, Participants } from './nodes/participants'
import { RawBlock } from './nodes/raw-block'
import { RawInline } from './nodes/raw-inline'
import { SoftBreak } from './nodes/soft-break'

/**
 * The document model of the minutes, shared by the editor and the Markdown
 * codec (lib/markdown), so the editor can hold nothing the exporter cannot
 * write. Headless: no React, no DOM needed to build the schema.
 */
export function minutesExtensions(options: { collaboration?: boolean } = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4, 5, 6] },
      // Markdown has no underline.
      underline: false,
      // Replaced by a code mark that may sit inside links and emphasis.
      code: false,
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
      // The Collaboration extension brings an undo of one's own changes only.
      ...(options.collaboration ? { undoRedo: false as const } : {}),
      // Replaced by lists that also hold action items.
      bulletList: false,
      orderedList: false,
    }),
    ...ActionItemLists,
    InlineCode,
    ListTightness,
    SoftBreak,
    Image,
    RawBlock,
    RawInline,
    AgendaItem,
    ActionItem,
    Participants,
    Participant,
  ]
}
