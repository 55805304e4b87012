/**
 * An agenda item's heading as the minutes write it: `Title (@owner, 10min)`,
 * owners and time box in trailing parentheses, both optional.
 */
export interface AgendaHeading {
  title: string
  owners: string[]
  minutes: number | null
  /** How the owners are joined, as written (", ", " & ", " and "), so a heading reads back unchanged. */
  ownerSeparator?: string
}

const trailer = /\s*\(((?:@[A-Za-z0-9-]+\s*(?:[,&]|and)?\s*)+)(?:,\s*(\d+)\s*min)?\)\s*$/
const timeOnly = /\s*\((\d+)\s*min\)\s*$/

export function parseAgendaHeading(text: string): AgendaHeading {
  const m = trailer.exec(text)
  if (m) {
    const ownersText = (m[1] ?? '').trim()
    const separator = /@[A-Za-z0-9-]+(\s*(?:[,&]|and)\s*)@/.exec(ownersText)?.[1]
    return {
      title: text.slice(0, m.index).trim(),
      owners: [...ownersText.matchAll(/@([A-Za-z0-9-]+)/g)].map((o) => o[1] ?? ''),
      minutes: m[2] ? Number(m[2]) : null,
      ...(separator && separator !== ', ' ? { ownerSeparator: separator } : {}),
    }
  }
  const t = timeOnly.exec(text)
  if (t) return { title: text.slice(0, t.index).trim(), owners: [], minutes: Number(t[1]) }
  return { title: text.trim(), owners: [], minutes: null }
}

export function writeAgendaHeading({ title, owners, minutes, ownerSeparator = ', ' }: AgendaHeading): string {
  const inside = [owners.map((o) => `@${o}`).join(ownerSeparator), minutes ? `${minutes}min` : ''].filter(Boolean).join(', ')
  return inside ? `${title} (${inside})` : title
}
