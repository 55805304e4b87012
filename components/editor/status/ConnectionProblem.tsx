import Link from 'next/link'
import type { ReactNode } from 'react'
import { CloseCode } from '@/lib/collab/protocol'
import { isTooLarge, type ConnectionState } from '../collab/connection-state'

interface Explanation {
  title: string
  body: ReactNode
  /** Whether the text can still be edited: only when it has somewhere to go later. */
  canKeepEditing: boolean
  canRetry: boolean
}

const keptHere = 'Everything you typed is kept in this browser.'

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
      canRetry: false,
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
      canRetry: false,
    }
  if (code === CloseCode.forbidden)
    return { title: 'You cannot edit this meeting', body: 'The server refused access to these minutes.', canKeepEditing: false, canRetry: false }
  if (isTooLarge(code))
    return {
      title: 'Your last change is too large to save',
      body: `${reason ? `${reason}. ` : ''}${keptHere} Undo it or split it into smaller pieces, then try again.`,
      canKeepEditing: true,
      canRetry: true,
    }
  return {
    title: 'The server could not read a change from this browser',
    body: `${reason ? `${reason}. ` : ''}${keptHere} Reload the page to try again.`,
    canKeepEditing: true,
    canRetry: true,
  }
}

/** Shown when the server closed the connection for good: says why and what to do. */
export function ConnectionProblem({
  connection,
  meetingId,
  onRetry,
}: {
  connection: Extract<ConnectionState, { kind: 'closed' }>
  meetingId: string
  onRetry: () => void
}) {
  const { title, body, canRetry } = explainClose(connection.code, connection.reason, meetingId)
  return (
    <div role="alert" data-testid="connection-problem" data-code={connection.code} className="mb-4 flex items-start gap-3 rounded-xl border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900">
      <div className="flex-1">
        <p className="font-semibold">{title}</p>
        <p className="mt-0.5 text-rose-800">{body}</p>
      </div>
      {canRetry && (
        <button type="button" onClick={onRetry} className="shrink-0 rounded-md border border-rose-300 bg-white px-3 py-1.5 font-medium text-rose-800 hover:bg-rose-100">
          Try again
        </button>
      )}
    </div>
  )
}
