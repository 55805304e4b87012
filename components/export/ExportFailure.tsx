import Link from 'next/link'
import { GitHubSignInButton } from '@/components/auth/GitHubSignInButton'
import type { MeetingExport } from './use-meeting-export'

/** A failed preview or export: the server's sentence, and the way forward it allows. */
export function ExportFailure({ failure, meetingId, onRetry, busy }: { failure: NonNullable<MeetingExport['failure']>; meetingId: string; onRetry: () => void; busy: boolean }) {
  const callbackUrl = `/m/${meetingId}`
  return (
    <div data-testid="export-failure" role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-900">
      <p className="font-medium">{failure.message}</p>
      {failure.resetAt && <p className="mt-1">The limit resets at {new Date(failure.resetAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} your time.</p>}
      <p className="mt-1 text-rose-800">The minutes are unchanged.</p>
      <div className="mt-2 flex items-center gap-3">
        {failure.code === 'token-invalid' && (
          // Still signed in to the app, so the sign-in page would send them straight back: start GitHub's flow here.
          <div className="w-fit">
            <GitHubSignInButton callbackUrl={callbackUrl}>Sign in with GitHub again</GitHubSignInButton>
          </div>
        )}
        {failure.code === 'private-repo-scope' && (
          // GitHub shows the wider `repo` grant for the user to accept, then the page comes back here.
          <div className="w-fit">
            <GitHubSignInButton callbackUrl={callbackUrl} privateRepo>
              Sign in with GitHub to allow private repositories
            </GitHubSignInButton>
          </div>
        )}
        {failure.code === 'signed-out' && (
          <Link className="font-medium underline" href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Sign in again
          </Link>
        )}
        {failure.code === 'no-series' && (
          <Link className="font-medium underline" href="/series">
            Go to the series
          </Link>
        )}
        <button type="button" onClick={onRetry} disabled={busy} className="font-medium underline disabled:opacity-60">
          {failure.during === 'preview' ? 'Preview again' : 'Try the export again'}
        </button>
      </div>
    </div>
  )
}
