/** A unified diff with GitHub's colours: additions green, removals red, hunk headers blue. */
export function ExportDiff({ diff }: { diff: string }) {
  // jsdiff's "Index:" and "====" banner says nothing the file lines below do not.
  const lines = diff.split('\n').filter((line) => !line.startsWith('Index: ') && !/^=+$/.test(line))
  if (lines.at(-1) === '') lines.pop()
  // Only lines before the first hunk are file headers; "--- x" after it is a removed "-- x".
  const firstHunk = lines.findIndex((line) => line.startsWith('@@'))
  return (
    <pre data-testid="export-diff" className="max-h-[50vh] overflow-auto rounded-lg border border-slate-200 bg-white py-2 font-mono text-xs leading-5">
      {lines.map((line, i) => (
        <div key={i} data-diff={kindOf(line, i < firstHunk)} className={`px-3 whitespace-pre-wrap ${toneOf(kindOf(line, i < firstHunk))}`}>
          {line === '' ? ' ' : line}
        </div>
      ))}
    </pre>
  )
}

type DiffLineKind = 'file' | 'hunk' | 'add' | 'remove' | 'context'

function kindOf(line: string, header: boolean): DiffLineKind {
  if (header) return 'file'
  if (line.startsWith('@@')) return 'hunk'
  if (line.startsWith('+')) return 'add'
  if (line.startsWith('-')) return 'remove'
  return 'context'
}

function toneOf(kind: DiffLineKind): string {
  switch (kind) {
    case 'file':
      return 'font-semibold text-slate-600'
    case 'hunk':
      return 'bg-sky-50 text-sky-800'
    case 'add':
      return 'bg-emerald-50 text-emerald-900'
    case 'remove':
      return 'bg-rose-50 text-rose-900'
    default:
      return 'text-slate-700'
  }
}
