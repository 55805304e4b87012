'use client'

import { useEditorState, type Editor } from '@tiptap/react'
import { Fragment, type KeyboardEvent, type ReactNode } from 'react'
import { ToolbarButton, ToolbarDivider } from '@/components/ui/ToolbarButton'
import { LinkButton } from './LinkButton'
import { shortcutLabel } from './shortcut-label'
import { isLinkSlot, toolbarGroups } from './toolbar-actions'

interface ButtonState {
  active?: boolean
  enabled: boolean
}

function readButtonStates(editor: Editor): Record<string, ButtonState> {
  const states: Record<string, ButtonState> = {
    link: { active: editor.isActive('link'), enabled: editor.isEditable },
  }
  for (const action of toolbarGroups.flat()) {
    if (isLinkSlot(action)) continue
    states[action.id] = {
      active: action.isActive?.(editor),
      enabled: editor.isEditable && (action.isEnabled?.(editor) ?? true),
    }
  }
  return states
}

const sameStates = (a: Record<string, ButtonState> | null, b: Record<string, ButtonState> | null) =>
  JSON.stringify(a) === JSON.stringify(b)

/** The WAI-ARIA toolbar pattern: arrow keys move between buttons. */
function moveFocusWithArrows(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (current < 0) return
  const step = event.key === 'ArrowRight' ? 1 : -1
  buttons[(current + step + buttons.length) % buttons.length]?.focus()
  event.preventDefault()
}

/** The formatting bar; `trailing` sits at its right end (the connection status); `controls` is the editor's element id. */
export function EditorToolbar({ editor, trailing, controls = 'minutes-editor' }: { editor: Editor; trailing?: ReactNode; controls?: string }) {
  const states = useEditorState({ editor, selector: ({ editor: current }) => readButtonStates(current), equalityFn: sameStates })

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-slate-200 bg-white/95 px-2 py-1.5 shadow-sm backdrop-blur">
      <div role="toolbar" aria-label="Formatting" aria-controls={controls} onKeyDown={moveFocusWithArrows} className="flex flex-wrap items-center gap-0.5">
        {toolbarGroups.map((group, index) => (
          <Fragment key={group[0]?.id ?? index}>
            {index > 0 && <ToolbarDivider />}
            {group.map((action) =>
              isLinkSlot(action) ? (
                <LinkButton key="link" editor={editor} active={Boolean(states?.link?.active)} disabled={!states?.link?.enabled} />
              ) : (
              <ToolbarButton
                key={action.id}
                label={action.label}
                shortcut={action.keys && shortcutLabel(action.keys)}
                active={states?.[action.id]?.active}
                disabled={!states?.[action.id]?.enabled}
                onClick={() => action.run(editor)}
              >
                {action.icon}
              </ToolbarButton>
              ),
            )}
          </Fragment>
        ))}
      </div>
      {trailing && <div className="ml-auto flex items-center">{trailing}</div>}
    </div>
  )
}
