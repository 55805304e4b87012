'use client'

import type { CollabSession } from '../collab/collab-session'
import { usePeopleHere } from '../hooks/usePeopleHere'
import { PresenceRow } from './PresenceRow'

export function PeopleHere({ session }: { session: CollabSession }) {
  const people = usePeopleHere(session.provider.awareness, session.user.login)
  return <PresenceRow people={people} />
}
