'use client'
import { useState, type FormEvent } from 'react'
import { builtInTemplates } from '@/lib/series/built-in-templates'
import { templateFromFile } from '@/lib/series/template-from-file'
import { SeriesExportFields } from './SeriesExportFields'
import { TemplateEditor } from './TemplateEditor'
import { usePostThenOpen } from './use-post-then-open'

export interface SeriesFormValues {
  name: string
  repository: string
  baseBranch: string
  folder: string
  fileNamePattern: string
  template: string
  weekday: number | null
  actionItemStyle: 'plain' | 'italic'
  privateRepo: boolean
  requireDco: boolean
  lockAfterMerge: boolean
  commitMessagePattern: string
  prTitlePattern: string
  prBodyPattern: string
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const input =
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none'

const blank: SeriesFormValues = {
  name: '',
  repository: '',
  baseBranch: 'main',
  folder: '',
  fileNamePattern: '{yyyy}{mm}{dd}.md',
  template: builtInTemplates[0]?.markdown ?? '',
  weekday: null,
  actionItemStyle: 'plain',
  privateRepo: false,
  requireDco: false,
  lockAfterMerge: false,
  commitMessagePattern: 'Add minutes of {{series}} {{date}}',
  prTitlePattern: 'Minutes of {{series}} {{date}}',
  prBodyPattern: '',
}

/** Creates a series, or edits one when `seriesId` is given. */
export function SeriesForm({ seriesId, initial }: { seriesId?: string; initial?: SeriesFormValues }) {
  const [values, setValues] = useState<SeriesFormValues>(initial ?? blank)
  const [picked, setPicked] = useState<string>(initial ? 'custom' : (builtInTemplates[0]?.id ?? 'custom'))
  const [existing, setExisting] = useState('')
  const { send, error, busy } = usePostThenOpen('save the series')
  const set = <K extends keyof SeriesFormValues>(key: K, value: SeriesFormValues[K]) => setValues((v) => ({ ...v, [key]: value }))

  function pick(id: string) {
    setPicked(id)
    const t = builtInTemplates.find((b) => b.id === id)
    if (t) set('template', t.markdown)
  }

  function takeExisting(markdown: string) {
    setExisting(markdown)
    if (markdown.trim()) set('template', templateFromFile(markdown))
  }

  function submit(e: FormEvent) {
    e.preventDefault()
    void send(seriesId ? `/api/series/${seriesId}` : '/api/series', values, seriesId ? { method: 'PATCH', open: false } : {})
  }

  return (
    <form onSubmit={submit} aria-label={seriesId ? 'Edit series' : 'New series'} className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="sm:col-span-2">
          <span className="text-sm font-medium text-slate-700">Name</span>
          <input className={input} required maxLength={120} placeholder="Team IaaS" value={values.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Repository</span>
          <input className={`${input} font-mono`} placeholder="owner/name (empty: local)" value={values.repository} onChange={(e) => set('repository', e.target.value)} />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Base branch</span>
          <input className={`${input} font-mono`} required value={values.baseBranch} onChange={(e) => set('baseBranch', e.target.value)} />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Folder</span>
          <input className={`${input} font-mono`} placeholder="iaas" value={values.folder} onChange={(e) => set('folder', e.target.value)} />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">File name pattern</span>
          <input className={`${input} font-mono`} required value={values.fileNamePattern} onChange={(e) => set('fileNamePattern', e.target.value)} />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Meets on</span>
          <select className={input} value={values.weekday ?? ''} onChange={(e) => set('weekday', e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">No fixed day</option>
            {weekdays.map((d, i) => (
              <option key={d} value={i}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Action items</span>
          <select className={input} value={values.actionItemStyle} onChange={(e) => set('actionItemStyle', e.target.value as 'plain' | 'italic')}>
            <option value="plain">- AI @handle: text</option>
            <option value="italic">- _AI @handle: text_</option>
          </select>
        </label>
      </div>

      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Template</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {[...builtInTemplates, { id: 'existing', name: 'From an existing file', description: 'Paste a finished minutes file: its headings and fixed lines stay, the discussion goes.' }].map((t) => (
            <label key={t.id}
              className={`cursor-pointer rounded-lg border p-3 text-sm shadow-sm transition ${picked === t.id ? 'border-indigo-500 bg-indigo-50 ring-2 ring-indigo-200' : 'border-slate-200 bg-white hover:border-slate-300'}`}>
              <input type="radio" name="template-choice" value={t.id} checked={picked === t.id} onChange={() => pick(t.id)} className="sr-only" />
              <span className="block font-medium text-slate-900">{t.name}</span>
              <span className="mt-1 block text-slate-500">{t.description}</span>
            </label>
          ))}
        </div>
        {picked === 'existing' && (
          <label className="mt-3 block">
            <span className="text-sm text-slate-600">Minutes file (Markdown)</span>
            <textarea aria-label="Existing minutes file" className={`${input} h-40 font-mono text-xs`} value={existing} onChange={(e) => takeExisting(e.target.value)}
              placeholder={'# 2024-07-24\n\n## Participants\n\n- @someone\n...'} />
            <input type="file" accept=".md,text/markdown,text/plain" className="mt-2 text-sm"
              onChange={(e) => void e.target.files?.[0]?.text().then(takeExisting)} />
          </label>
        )}
        <TemplateEditor markdown={values.template} onChange={(markdown) => { set('template', markdown); setPicked((p) => (p === 'existing' ? p : 'custom')) }} />
      </fieldset>

      <SeriesExportFields values={values} set={set} />

      <div className="flex items-center gap-3">
        <button type="submit" disabled={busy} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60">
          {busy ? 'Saving…' : seriesId ? 'Save changes' : 'Create series'}
        </button>
        {error && <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">{error}</p>}
      </div>
    </form>
  )
}
