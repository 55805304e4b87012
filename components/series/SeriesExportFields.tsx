import type { SeriesFormValues } from './SeriesForm'

const input =
  'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none'
const placeholders = '{{date}} {{series}} {{title}} {{participants}} {{agenda}} {{link}}'

/** How a series' meetings become commits and pull requests. */
export function SeriesExportFields({ values, set }: { values: SeriesFormValues; set: <K extends keyof SeriesFormValues>(key: K, value: SeriesFormValues[K]) => void }) {
  const check = (key: 'privateRepo' | 'requireDco' | 'lockAfterMerge', label: string, hint: string) => (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" className="mt-0.5 h-4 w-4 rounded border-slate-300" checked={values[key]} onChange={(e) => set(key, e.target.checked)} />
      <span>
        <span className="font-medium text-slate-700">{label}</span>
        <span className="block text-slate-500">{hint}</span>
      </span>
    </label>
  )
  return (
    <fieldset className="space-y-4">
      <legend className="text-sm font-medium text-slate-700">Export</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {check('requireDco', 'Sign off commits (DCO)', 'Adds "Signed-off-by: name <email>" of whoever exports.')}
        {check('lockAfterMerge', 'Lock after merge', 'The meeting turns read-only once its pull request is merged.')}
        {check('privateRepo', 'Private repository', 'Sign-in asks GitHub for access to private repositories.')}
      </div>
      <p className="text-sm text-slate-600">
        In the patterns <code className="text-xs">{placeholders}</code> are filled in at export.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <label>
          <span className="text-sm font-medium text-slate-700">Commit message</span>
          <input className={input} required maxLength={1000} value={values.commitMessagePattern} onChange={(e) => set('commitMessagePattern', e.target.value)} />
        </label>
        <label>
          <span className="text-sm font-medium text-slate-700">Pull request title</span>
          <input className={input} required maxLength={256} value={values.prTitlePattern} onChange={(e) => set('prTitlePattern', e.target.value)} />
        </label>
        <label className="sm:col-span-2">
          <span className="text-sm font-medium text-slate-700">Pull request description</span>
          <textarea
            className={`${input} h-28 text-xs`}
            maxLength={20_000}
            placeholder={'Minutes of {{date}}\n\nParticipants: {{participants}}\n\n{{agenda}}\n\nWritten live at {{link}}'}
            value={values.prBodyPattern}
            onChange={(e) => set('prBodyPattern', e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  )
}
