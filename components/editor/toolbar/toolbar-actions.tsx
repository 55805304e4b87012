import type { Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import {
  BulletListIcon,
  CodeBlockIcon,
  CodeIcon,
  HorizontalRuleIcon,
  LetterIcon,
  OrderedListIcon,
  RedoIcon,
  UndoIcon,
} from './icons'

export interface ToolbarAction {
  id: string
  label: string
  /** In Tiptap's notation; the same keys the extensions bind. */
  keys?: string
  icon: ReactNode
  run: (editor: Editor) => void
  /** Absent for actions that are not a state of the text (undo, rule). */
  isActive?: (editor: Editor) => boolean
  isEnabled?: (editor: Editor) => boolean
}

/** A button that switches a node or mark type on and off and lights up where it applies. */
const toggle = (id: string, label: string, keys: string | undefined, icon: ReactNode, run: (editor: Editor) => void): ToolbarAction => ({
  id,
  label,
  keys,
  icon,
  run,
  isActive: (editor) => editor.isActive(id),
})

const heading = (level: 1 | 2 | 3): ToolbarAction => ({
  ...toggle(`h${level}`, `Heading ${level}`, `Mod-Alt-${level}`, <LetterIcon className="text-[13px] font-semibold">{`H${level}`}</LetterIcon>, (editor) =>
    editor.chain().focus().toggleHeading({ level }).run(),
  ),
  isActive: (editor) => editor.isActive('heading', { level }),
})

/** Where the link button, which has its own address box, stands among the others. */
export const linkSlot = { id: 'link' } as const

export const isLinkSlot = (item: ToolbarAction | typeof linkSlot): item is typeof linkSlot => item === linkSlot

/** Groups of buttons, in the order they appear; a divider goes between groups. */
export const toolbarGroups: (ToolbarAction | typeof linkSlot)[][] = [
  [
    {
      id: 'undo',
      label: 'Undo your last change',
      keys: 'Mod-z',
      icon: <UndoIcon />,
      run: (editor) => editor.chain().focus().undo().run(),
      isEnabled: (editor) => editor.can().undo(),
    },
    {
      id: 'redo',
      label: 'Redo',
      keys: 'Mod-Shift-z',
      icon: <RedoIcon />,
      run: (editor) => editor.chain().focus().redo().run(),
      isEnabled: (editor) => editor.can().redo(),
    },
  ],
  [heading(1), heading(2), heading(3)],
  [
    toggle('bold', 'Bold', 'Mod-b', <LetterIcon className="font-bold">B</LetterIcon>, (editor) => editor.chain().focus().toggleBold().run()),
    toggle('italic', 'Italic', 'Mod-i', <LetterIcon className="font-serif italic">I</LetterIcon>, (editor) =>
      editor.chain().focus().toggleItalic().run(),
    ),
    toggle('code', 'Inline code', 'Mod-e', <CodeIcon />, (editor) => editor.chain().focus().toggleCode().run()),
    linkSlot,
  ],
  [
    toggle('bulletList', 'Bulleted list', 'Mod-Shift-8', <BulletListIcon />, (editor) => editor.chain().focus().toggleBulletList().run()),
    toggle('orderedList', 'Numbered list', 'Mod-Shift-7', <OrderedListIcon />, (editor) => editor.chain().focus().toggleOrderedList().run()),
    toggle('codeBlock', 'Code block', 'Mod-Alt-c', <CodeBlockIcon />, (editor) => editor.chain().focus().toggleCodeBlock().run()),
    {
      id: 'horizontalRule',
      label: 'Horizontal rule',
      icon: <HorizontalRuleIcon />,
      run: (editor) => editor.chain().focus().setHorizontalRule().run(),
    },
  ],
]
