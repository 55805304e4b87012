'use client'
import { useRouter } from 'next/navigation'
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react'

type MarkdownImport = typeof import('@/lib/meetings/markdown-import')

// The checks and the heading reader bring the Markdown codec along; the home
// page should not pay for it until someone actually imports.
let loaded: Promise<MarkdownImport> | undefined
const markdownImport = () => (loaded ??= import('@/lib/meetings/markdown-import'))

const field =
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none'

/**
 * A meeting made from Markdown someone already has: an old meeting's file, a
 * pad's download. The text is read here, so a wrong file is refused before it
 * is sent, and the title and date are offered from its first heading.
 */
export function ImportMarkdownForm({ defaultDate }: { defaultDate: string }) {
  const router = useRouter()
  const fileInput = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  const [markdown, setMarkdown] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const [titleTyped, setTitleTyped] = useState(false)
  const [date, setDate] = useState(defaultDate)
  const [dateTyped, setDateTyped] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = useId()

  async function offerDefaults(text: string, name: string | null) {
    const { importDefaults } = await markdownImport()
    let defaults: ReturnType<MarkdownImport['importDefaults']>
    try {
      defaults = importDefaults(text, name ?? undefined)
    } catch {
      return // The server will say what is wrong with it; the form keeps what it has.
    }
    if (!titleTyped) setTitle(defaults.title)
    if (!dateTyped) setDate(defaults.date ?? defaultDate)
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    setError(null)
    const { decodeMarkdownFile, maxImportBytes } = await markdownImport()
    if (file.size > maxImportBytes) {
      setError(`${file.name}: the file is larger than ${maxImportBytes / 1024 / 1024} MB`)
      return
    }
    const decoded = decodeMarkdownFile(new Uint8Array(await file.arrayBuffer()))
    if ('error' in decoded) {
      setError(`${file.name}: ${decoded.error}. Choose a Markdown (.md) file.`)
      event.target.value = ''
      return
    }
    setFileName(file.name)
    setMarkdown(decoded.text)
    await offerDefaults(decoded.text, file.name)
  }

  function editText(text: string) {
    setMarkdown(text)
    if (fileName === null) return
    setFileName(null)
    if (fileInput.current) fileInput.current.value = ''
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setError(null)
    const { describeNotText } = await markdownImport()
    if (!markdown.trim()) {
      setError('Choose a .md file or paste the Markdown first.')
      return
    }
    const problem = describeNotText(markdown)
    if (problem) {
      setError(`Cannot import: ${problem}.`)
      return
    }
    setBusy(true)
    try {
      const res = await fetch('/api/meetings/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, date: date || undefined, markdown }),
      })
      const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string }
      if (!res.ok || !body.url) throw new Error(body.error ?? `the server answered ${res.status}`)
      router.push(body.url)
    } catch (err) {
      setBusy(false)
      setError(`Could not import: ${(err as Error).message}`)
    }
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-sm font-medium text-indigo-700 hover:text-indigo-900 hover:underline">
        …or import Markdown from a file or pasted text
      </button>
    )
  }

  return (
    <form onSubmit={submit} aria-label="Import Markdown" className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h2 className="text-base font-semibold">Import Markdown</h2>
        <button type="button" onClick={() => setOpen(false)} className="text-sm text-slate-500 hover:text-slate-800">
          Cancel
        </button>
      </div>
      <p className="text-sm text-slate-600">An old meeting&apos;s file or a pad&apos;s download becomes a new meeting, with its headings and lists as structure.</p>
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm focus-within:ring-2 focus-within:ring-indigo-200 hover:bg-slate-50">
          Choose a .md file
          <input
            ref={fileInput}
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            onChange={(event) => void chooseFile(event)}
            className="sr-only"
          />
        </label>
        <span className="text-sm text-slate-500" data-testid="import-file-name">
          {fileName ?? 'or paste the Markdown below'}
        </span>
      </div>
      <label className="block" htmlFor={`${ids}-markdown`}>
        <span className="text-sm font-medium text-slate-700">Markdown</span>
        <textarea
          id={`${ids}-markdown`}
          name="markdown"
          value={markdown}
          onChange={(event) => editText(event.target.value)}
          // Reading the heading parses the whole text: once it is in, not on every keystroke.
          onBlur={() => void offerDefaults(markdown, fileName)}
          rows={8}
          spellCheck={false}
          placeholder={'# 2024-07-24\n\n## Participants\n\n- @someone'}
          className={`${field} font-mono text-sm`}
        />
      </label>
      <div className="flex flex-wrap items-end gap-3">
        <label className="min-w-56 flex-1">
          <span className="text-sm font-medium text-slate-700">Title</span>
          <input
            name="title"
            required
            maxLength={200}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value)
              setTitleTyped(true)
            }}
            className={field}
          />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Date</span>
          <input
            name="date"
            type="date"
            required
            value={date}
            onChange={(event) => {
              setDate(event.target.value)
              setDateTyped(true)
            }}
            className={field}
          />
        </label>
        <button type="submit" disabled={busy} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60">
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      )}
    </form>
  )
}
