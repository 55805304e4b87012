import type { ExportPreviewJson } from './export-types'

/** The lint findings that remain, with the configuration they come from. */
export function LintFindings({ findings, config }: { findings: ExportPreviewJson['lintFindings']; config: ExportPreviewJson['lintConfig'] }) {
  const source = config.source ? `the repository's ${config.source}` : "the format's default rules"
  return (
    <section data-testid="export-lint" className="text-sm">
      <h3 className="font-medium text-slate-800">
        {findings.length === 0 ? 'No lint findings' : `${findings.length} lint ${findings.length === 1 ? 'finding' : 'findings'}`}
        <span className="font-normal text-slate-500"> — checked with {source}</span>
      </h3>
      {config.problem && <p className="mt-1 text-amber-800">{config.problem}</p>}
      {findings.length > 0 && (
        <ul className="mt-2 space-y-1">
          {findings.map((f, i) => (
            <li key={i} className="flex gap-2">
              <span className={`shrink-0 rounded px-1.5 font-mono text-xs leading-5 ${f.severity === 'error' ? 'bg-rose-100 text-rose-800' : 'bg-amber-100 text-amber-800'}`}>
                {f.rule}
              </span>
              <span className="text-slate-700">
                line {f.line}: {f.description}
                {f.detail && <span className="text-slate-500"> ({f.detail})</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
