/** A unified diff with GitHub's colours: additions green, removals red, hunk headers blue. */
export function ExportDiff({ diff }: { diff: string }) {
  const lines = diff.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return (
    <pre data-testid="export-diff" className="max-h-[50vh] overflow-auto rounded-lg border border-slate-200 bg-white py-2 font-mono text-xs leading-5">
      {lines.map((line, i) => (
        <div key={i} data-diff={kindOf(line)} className={`px-3 whitespace-pre-wrap ${toneOf(kindOf(line))}`}>
          {line === '' ? ' ' : line}
        </div>
      ))}
    </pre>
  )
}

type DiffLineKind = 'file' | 'hunk' | 'add' | 'remove' | 'context'

function kindOf(line: string): DiffLineKind {
  if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('Index:') || line.startsWith('====')) return 'file'
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
