'use client'
import { Placeholder } from '@tiptap/extensions'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import { EditorToolbar } from '@/components/editor/toolbar/EditorToolbar'
import { minutesExtensions } from '@/lib/editor/extensions'
import { MarkdownPaste } from '@/lib/editor/markdown-paste'
// The codec's own modules, not lib/markdown's index: that also brings the
// lint config loader, which needs node:fs.
import { parseMarkdown } from '@/lib/markdown/parse'
import { serializeMarkdown } from '@/lib/markdown/serialize'
import '@/components/editor/minutes-editor.css'
import { PlaceholderHighlight } from './placeholder-highlight'
import './template-editor.css'

const editorId = 'template-editor'
type View = 'document' | 'markdown'

/**
 * The series template as a document: the minutes' own schema, read from and
 * written back to Markdown by the same codec as any import, so what is edited
 * here is what a new meeting starts with. `{{date}}` and the other
 * placeholders are plain text to the codec and pass through unchanged. A
 * Markdown view shows and edits the source, as HedgeDoc and HackMD do.
 */
export function TemplateEditor({ markdown, onChange }: { markdown: string; onChange: (markdown: string) => void }) {
  const [view, setView] = useState<View>('document')
  // What the editor last wrote: a prop equal to it is our own echo, anything else came from outside.
  const written = useRef(markdown)
  const editor = useEditor({
    extensions: [...minutesExtensions(), MarkdownPaste, PlaceholderHighlight, Placeholder.configure({ placeholder: 'Write the template… {{date}} becomes the meeting’s date' })],
    content: parseMarkdown(markdown).toJSON(),
    // Rendered on the server too: the document appears once the page hydrates.
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { id: editorId, role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Template', class: 'minutes-prose', spellcheck: 'true' },
    },
    // Only the person's edits write the template: merely opening one leaves its Markdown exactly as stored.
    onUpdate: ({ editor: current }) => {
      written.current = serializeMarkdown(current.state.doc)
      onChange(written.current)
    },
  })

  useEffect(() => {
    if (!editor || markdown === written.current) return
    written.current = markdown
    editor.commands.setContent(parseMarkdown(markdown).toJSON(), { emitUpdate: false })
  }, [editor, markdown])

  return (
    <div className="mt-3" data-testid="template-editor" data-view={view}>
      <div className="mb-2 flex items-center justify-between gap-3">
        <span className="text-sm text-slate-600">
          Template: <code className="text-xs">{'{{date}} {{title}} {{series}} {{author}} {{yyyy}} {{mm}} {{dd}}'}</code> are filled in for each meeting
        </span>
        <div role="group" aria-label="Template view" className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm">
          {(['document', 'markdown'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}
              className={`px-3 py-1 font-medium ${view === v ? 'bg-slate-800 text-white' : 'bg-white text-slate-700 hover:bg-slate-50'}`}>
              {v === 'document' ? 'Document' : 'Markdown'}
            </button>
          ))}
        </div>
      </div>
      {/* Hidden rather than unmounted: a remounted editor view loses track of clicks. */}
      <div className={view === 'document' ? 'space-y-2' : 'hidden'}>
        {editor && <EditorToolbar editor={editor} controls={editorId} />}
        <div onClick={(event) => event.target === event.currentTarget && editor?.commands.focus('end')}
          className="min-h-72 cursor-text rounded-xl border border-slate-200 bg-white px-6 py-6 shadow-sm">
          <EditorContent editor={editor} />
        </div>
      </div>
      {view === 'markdown' && (
        <textarea aria-label="Template Markdown" spellCheck={false} value={markdown} onChange={(e) => onChange(e.target.value)}
          className="block h-72 w-full rounded-xl border border-slate-300 px-4 py-3 font-mono text-xs shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none" />
      )}
    </div>
  )
}
