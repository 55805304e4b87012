import Link from 'next/link'
import type { ReactNode } from 'react'
import { CloseCode } from '@/lib/collab/protocol'
import { isTooLarge, type ConnectionState } from '../collab/connection-state'

interface Explanation {
  title: string
  body: ReactNode
  /** Whether the text can still be edited: only when it has somewhere to go later. */
  canKeepEditing: boolean
  /** A fresh page resends what this browser holds, which helps once the cause is gone. */
  offerReload: boolean
}

const keptHere = 'Everything you typed is kept in this browser.'

/** The server's close reason ("message of 2.1 MB exceeds …") as a sentence of ours. */
function asSentence(reason: string): string {
  const text = reason.trim()
  if (!text) return ''
  return `${text[0]?.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'} `
}

export function explainClose(code: number, reason: string, meetingId: string): Explanation {
  if (code === CloseCode.unauthorized)
    return {
      title: 'Your session has expired',
      body: (
        <>
          {keptHere}{' '}
          <Link className="font-medium underline" href={`/signin?callbackUrl=${encodeURIComponent(`/m/${meetingId}`)}`}>
            Sign in again
          </Link>{' '}
          and it will be saved.
        </>
      ),
      canKeepEditing: true,
      offerReload: false,
    }
  if (code === CloseCode.notFound)
    return {
      title: 'This meeting was deleted',
      body: (
        <>
          Its minutes can no longer be saved.{' '}
          <Link className="font-medium underline" href="/">
            Back to the meetings
          </Link>
        </>
      ),
      canKeepEditing: false,
      offerReload: false,
    }
  if (code === CloseCode.locked)
    return {
      title: 'These minutes are locked',
      body: 'Their pull request was merged, so they are final here. A change typed in this browser was not saved; change the file in the repository instead.',
      canKeepEditing: false,
      offerReload: false,
    }
  if (code === CloseCode.forbidden)
    return { title: 'You cannot edit this meeting', body: 'The server refused access to these minutes.', canKeepEditing: false, offerReload: false }
  if (isTooLarge(code))
    return {
      title: 'Your last change is too large to save',
      body: `${asSentence(reason)}${keptHere} Undo it (or cut it into smaller pieces), then reload the page.`,
      canKeepEditing: true,
      offerReload: true,
    }
  return {
    title: 'The server could not read a change from this browser',
    body: `${asSentence(reason)}${keptHere} Reload the page to try again.`,
    canKeepEditing: true,
    offerReload: true,
  }
}

/** Shown when the server closed the connection for good: says why and what to do. */
export function ConnectionProblem({ connection, meetingId }: { connection: Extract<ConnectionState, { kind: 'closed' }>; meetingId: string }) {
  const { title, body, offerReload } = explainClose(connection.code, connection.reason, meetingId)
  return (
    <div role="alert" data-testid="connection-problem" data-code={connection.code} className="flex items-start gap-3 rounded-xl border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900 shadow-sm max-sm:fixed max-sm:inset-x-3 max-sm:bottom-3 max-sm:z-40 max-sm:shadow-lg">
      <div className="flex-1">
        <p className="font-semibold">{title}</p>
        <p className="mt-0.5 text-rose-800">{body}</p>
      </div>
      {offerReload && (
        <button type="button" onClick={() => window.location.reload()} className="shrink-0 rounded-md border border-rose-300 bg-white px-3 py-1.5 font-medium text-rose-800 hover:bg-rose-100">
          Reload
        </button>
      )}
    </div>
  )
}
