/** Where a meeting's minutes stand; export fields are filled in by the export feature. */
export function MeetingState({ exportedAt, prState }: { exportedAt: Date | null; prState: string | null }) {
  const [label, tone] =
    prState === 'merged' ? ['PR merged', 'bg-violet-100 text-violet-800']
    : prState === 'open' ? ['PR open', 'bg-emerald-100 text-emerald-800']
    : prState === 'closed' ? ['PR closed', 'bg-slate-200 text-slate-700']
    : exportedAt ? ['exported', 'bg-sky-100 text-sky-800']
    : ['draft', 'bg-amber-100 text-amber-800']
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone}`} data-testid="meeting-state">{label}</span>
}
