'use client'

import { Tooltip } from '@/components/ui/Tooltip'
import { readableTextColor } from '@/components/ui/readable-text-color'
import type { PersonHere } from '../hooks/usePeopleHere'

const mostShown = 6

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? '?']
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('') || '?'
}

function Avatar({ person }: { person: PersonHere }) {
  const detail = [person.isYou ? 'you' : null, person.tabs > 1 ? `${person.tabs} tabs` : null].filter(Boolean).join(', ')
  return (
    <li data-login={person.login}>
      <Tooltip
        text={
          <>
            <span className="font-semibold">{person.name}</span> <span className="text-slate-300">@{person.login}</span>
            {detail && <span className="block text-slate-400">{detail}</span>}
          </>
        }
      >
        {(describedBy) => (
          <span
            tabIndex={0}
            aria-label={`${person.name} (@${person.login})${person.isYou ? ', you' : ''}`}
            aria-describedby={describedBy}
            style={{ backgroundColor: person.color, color: readableTextColor(person.color) }}
            className="grid h-8 w-8 place-items-center rounded-full text-xs font-semibold select-none focus-visible:ring-2 focus-visible:ring-indigo-400 focus-visible:ring-offset-2 focus-visible:outline-none"
          >
            {initials(person.name)}
          </span>
        )}
      </Tooltip>
    </li>
  )
}

/** Everyone with the meeting open, once each however many tabs they use. */
export function PresenceRow({ people }: { people: PersonHere[] }) {
  const shown = people.slice(0, mostShown)
  const hidden = people.slice(mostShown)
  return (
    <div className="flex items-center gap-2">
      <ul data-testid="presence" aria-label="People in this meeting" className="flex items-center gap-1">
        {shown.map((person) => (
          <Avatar key={person.login} person={person} />
        ))}
        {hidden.length > 0 && (
          <li>
            <span
              title={hidden.map((person) => `${person.name} (@${person.login})`).join('\n')}
              className="grid h-8 min-w-8 place-items-center rounded-full bg-slate-200 px-1.5 text-xs font-semibold text-slate-700"
            >
              +{hidden.length}
            </span>
          </li>
        )}
      </ul>
      <span className="text-xs text-slate-500">{people.length <= 1 ? 'Only you' : `${people.length} here`}</span>
    </div>
  )
}
