'use client'

import dynamic from 'next/dynamic'
import type { CollabUser } from '@/lib/collab/protocol'
import type { ExportRecord } from '@/components/export/export-types'
import { AgendaTimerPanel } from '../agenda/AgendaTimerPanel'
import { MeetingActions } from '@/components/meetings/MeetingActions'
import { EditorSkeleton } from './EditorSkeleton'
import { MeetingHeader } from './MeetingHeader'
import { PeopleHere } from './presence/PeopleHere'
import { useCollabSession, useCollabSnapshot } from './hooks/useCollabSession'
import { useWarnBeforeLeaving } from './hooks/useWarnBeforeLeaving'
import './minutes-editor.css'
import './structured-nodes.css'

// The editor only ever runs in the browser; keeping it out of the server
// render keeps Yjs and Tiptap out of the server bundle too.
const LiveMinutes = dynamic(() => import('./LiveMinutes').then((module) => module.LiveMinutes), {
  ssr: false,
  loading: () => <EditorSkeleton />,
})

export interface MeetingEditorProps {
  meeting: { id: string; title: string; date: string }
  user: CollabUser
  exportRecord: ExportRecord
  /** The pull request was merged and the series locks merged minutes: read-only, here and on the server. */
  locked: boolean
}

/** The meeting screen below the app's top bar: header, toolbar, status, people and the shared minutes. */
export function MeetingEditor({ meeting, user, exportRecord, locked }: MeetingEditorProps) {
  const session = useCollabSession(meeting.id, user)
  const snapshot = useCollabSnapshot(session)
  useWarnBeforeLeaving(snapshot)

  return (
    <main className="mx-auto w-full max-w-4xl px-4 pt-8 pb-24">
      <MeetingHeader
        title={meeting.title}
        date={meeting.date}
        aside={session && <PeopleHere session={session} />}
        actions={<MeetingActions meetingId={meeting.id} unsaved={snapshot.unsaved} connected={snapshot.connection.kind === 'connected'} exportRecord={exportRecord} />}
      />
      {locked && (
        <p data-testid="meeting-locked" role="status" className="mb-4 rounded-lg border border-violet-200 bg-violet-50 px-4 py-3 text-sm text-violet-900">
          <span className="font-medium">These minutes are locked.</span> Their pull request
          {exportRecord.prNumber !== null && ` #${exportRecord.prNumber}`} was merged, so they are final here; change the file in the repository instead.
        </p>
      )}
      {session && snapshot.loaded && <AgendaTimerPanel doc={session.doc} meetingId={session.meetingId} locked={locked} />}
      {session && snapshot.loaded ? (
        <LiveMinutes session={session} snapshot={snapshot} meetingTitle={meeting.title} locked={locked} />
      ) : (
        <EditorSkeleton />
      )}
    </main>
  )
}
