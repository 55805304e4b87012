'use client'

import type { Editor } from '@tiptap/react'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ToolbarButton } from '@/components/ui/ToolbarButton'
import { LinkIcon } from './icons'
import { linkTarget } from './link-target'
import { shortcutLabel } from './shortcut-label'

/** The link button and its small address box (⌘K opens it from the text). */
export function LinkButton({ editor, active, disabled }: { editor: Editor; active: boolean; disabled: boolean }) {
  const [open, setOpen] = useState(false)
  const [address, setAddress] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const box = useRef<HTMLDivElement>(null)

  const openBox = () => {
    setAddress((editor.getAttributes('link').href as string | undefined) ?? '')
    setOpen(true)
  }
  const close = () => {
    setOpen(false)
    editor.commands.focus()
  }

  // On the document, not on editor.view.dom: the view may not be mounted yet
  // when this effect runs, and reading it then throws.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k' && editor.isFocused && editor.isEditable) {
        event.preventDefault()
        setAddress((editor.getAttributes('link').href as string | undefined) ?? '')
        setOpen(true)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [editor])

  useEffect(() => {
    if (!open) return
    input.current?.focus()
    input.current?.select()
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOnOutsideClick)
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick)
  }, [open])

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const href = linkTarget(address)
    const chain = editor.chain().focus().extendMarkRange('link')
    if (!href) chain.unsetLink().run()
    else if (editor.state.selection.empty && !editor.isActive('link'))
      chain.insertContent({ type: 'text', text: address.trim(), marks: [{ type: 'link', attrs: { href } }] }).run()
    else chain.setLink({ href }).run()
    setOpen(false)
  }

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    setOpen(false)
  }

  return (
    <div ref={box} className="relative">
      <ToolbarButton label="Link" shortcut={shortcutLabel('Mod-k')} active={active || open} disabled={disabled} onClick={() => (open ? close() : openBox())}>
        <LinkIcon />
      </ToolbarButton>
      {open && (
        <form
          onSubmit={apply}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              close()
            }
          }}
          aria-label="Edit link"
          className="absolute top-full left-0 z-30 mt-2 flex w-80 items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
        >
          <label className="sr-only" htmlFor={inputId}>
            Link address
          </label>
          <input
            ref={input}
            id={inputId}
            type="text"
            inputMode="url"
            placeholder="https://…"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
          <button type="submit" className="rounded-md bg-indigo-600 px-2.5 py-1 text-sm font-medium text-white hover:bg-indigo-500">
            Apply
          </button>
          {active && (
            <button type="button" onClick={remove} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
              Remove
            </button>
          )}
        </form>
      )}
    </div>
  )
}
