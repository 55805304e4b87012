'use client'

import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { CollabUser } from '@/lib/collab/protocol'

export interface PersonHere extends CollabUser {
  isYou: boolean
  /** How many tabs or devices this person has open on the meeting. */
  tabs: number
}

function isCollabUser(value: unknown): value is CollabUser {
  if (typeof value !== 'object' || value === null) return false
  const { login, name, color } = value as Record<string, unknown>
  return typeof login === 'string' && typeof name === 'string' && typeof color === 'string'
}

/** One entry per login, however many tabs it has open; you first, then by name. */
export function peopleFromAwareness(awareness: Awareness, yourLogin: string): PersonHere[] {
  const byLogin = new Map<string, PersonHere>()
  for (const state of awareness.getStates().values()) {
    const user: unknown = state.user
    if (!isCollabUser(user)) continue
    const known = byLogin.get(user.login)
    if (known) known.tabs += 1
    else byLogin.set(user.login, { ...user, isYou: user.login === yourLogin, tabs: 1 })
  }
  return [...byLogin.values()].sort(
    (a, b) => Number(b.isYou) - Number(a.isYou) || a.name.localeCompare(b.name) || a.login.localeCompare(b.login),
  )
}

const samePeople = (a: PersonHere[], b: PersonHere[]) =>
  a.length === b.length &&
  a.every((person, i) => {
    const other = b[i]
    return (
      other !== undefined &&
      person.login === other.login &&
      person.name === other.name &&
      person.color === other.color &&
      person.tabs === other.tabs
    )
  })

export function usePeopleHere(awareness: Awareness, yourLogin: string): PersonHere[] {
  const cache = useRef<PersonHere[]>([])
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    [awareness],
  )
  // Awareness fires on every caret move; a stable array keeps the row from re-rendering for those.
  const getSnapshot = useCallback(() => {
    const next = peopleFromAwareness(awareness, yourLogin)
    if (!samePeople(cache.current, next)) cache.current = next
    return cache.current
  }, [awareness, yourLogin])
  return useSyncExternalStore(subscribe, getSnapshot, () => cache.current)
}
