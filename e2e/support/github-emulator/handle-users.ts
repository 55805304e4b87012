import type { ApiContext, ApiReply } from './api-context'
import type { EmulatedUser } from './emulator-state'
import { GitHubApiError } from './github-api-error'
import { privateUserJson } from './github-json'

function requireViewer(context: ApiContext): EmulatedUser {
  if (!context.viewer) throw new GitHubApiError(401, 'Requires authentication')
  return context.viewer
}

/** GET /user */
export async function getAuthenticatedUser(context: ApiContext): Promise<ApiReply> {
  return { status: 200, body: privateUserJson(context.state, requireViewer(context)) }
}

/** GET /user/emails: the primary address first, then the noreply one GitHub gives everyone. */
export async function listUserEmails(context: ApiContext): Promise<ApiReply> {
  const viewer = requireViewer(context)
  const scopes = context.token?.scopes ?? []
  if (!scopes.some((s) => s === 'user' || s === 'user:email')) {
    throw new GitHubApiError(404, 'Not Found', { headers: { 'x-accepted-oauth-scopes': 'user, user:email' } })
  }
  return {
    status: 200,
    body: [
      { email: viewer.email, primary: true, verified: true, visibility: 'public' },
      { email: `${viewer.id}+${viewer.login}@users.noreply.github.com`, primary: false, verified: true, visibility: null },
    ],
  }
}
