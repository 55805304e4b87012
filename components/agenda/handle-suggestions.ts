import { Extension } from '@tiptap/core'
import { PluginKey } from '@tiptap/pm/state'
import Suggestion, { type SuggestionKeyDownProps, type SuggestionProps } from '@tiptap/suggestion'

/** How many handles the popup offers at once. */
const shown = 8

function handlesLoader(meetingId: string) {
  let loaded: Promise<string[]> | null = null
  return () =>
    (loaded ??= fetch(`/api/meetings/${encodeURIComponent(meetingId)}/handles`)
      .then((res) => (res.ok ? (res.json() as Promise<{ handles: string[] }>) : { handles: [] }))
      .then((body) => body.handles)
      .catch(() => {
        loaded = null // offline: try again at the next @
        return []
      }))
}

function popup() {
  let element: HTMLUListElement | null = null
  let unmount: (() => void) | null = null
  let current: SuggestionProps<string, string> | null = null
  let active = 0

  const draw = () => {
    if (!element || !current) return
    element.replaceChildren(
      ...current.items.map((handle, index) => {
        const li = document.createElement('li')
        const button = document.createElement('button')
        button.type = 'button'
        button.role = 'option'
        button.textContent = `@${handle}`
        button.className = index === active ? 'handle-option handle-option-active' : 'handle-option'
        button.setAttribute('aria-selected', String(index === active))
        button.addEventListener('mousedown', (event) => {
          event.preventDefault()
          current?.command(handle)
        })
        li.append(button)
        return li
      }),
    )
    element.hidden = current.items.length === 0
  }

  return {
    onStart(props: SuggestionProps<string, string>) {
      current = props
      active = 0
      element = document.createElement('ul')
      element.className = 'handle-suggestions'
      element.role = 'listbox'
      element.setAttribute('aria-label', 'Handles')
      element.dataset.testid = 'handle-suggestions'
      unmount = props.mount(element)
      draw()
    },
    onUpdate(props: SuggestionProps<string, string>) {
      current = props
      active = Math.min(active, Math.max(0, props.items.length - 1))
      draw()
    },
    onKeyDown({ event }: SuggestionKeyDownProps) {
      if (!current || current.items.length === 0) return false
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const n = current.items.length
        active = (active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n
        draw()
        return true
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const handle = current.items[active]
        if (handle) current.command(handle)
        return true
      }
      return false
    },
    onExit() {
      unmount?.()
      element?.remove()
      element = null
      current = null
    },
  }
}

/**
 * `@` offers the handles of the series' past participants. What it inserts is
 * the plain text `@handle`, which is exactly how the minutes write a person.
 */
export const HandleSuggestions = Extension.create<{ meetingId: string }>({
  name: 'handleSuggestions',
  addOptions: () => ({ meetingId: '' }),
  addProseMirrorPlugins() {
    const load = handlesLoader(this.options.meetingId)
    return [
      Suggestion<string, string>({
        editor: this.editor,
        pluginKey: new PluginKey('handleSuggestions'),
        char: '@',
        // Not inside e-mail addresses or URLs: only after a space, an opening bracket or at the start.
        allowedPrefixes: [' ', '(', '[', '\u00a0'],
        items: async ({ query }) => {
          const q = query.toLowerCase()
          const all = await load()
          return [...all.filter((h) => h.toLowerCase().startsWith(q)), ...all.filter((h) => !h.toLowerCase().startsWith(q) && h.toLowerCase().includes(q))].slice(0, shown)
        },
        command: ({ editor, range, props: handle }) => {
          editor.chain().focus().insertContentAt(range, `@${handle} `).run()
        },
        render: popup,
      }),
    ]
  },
})
