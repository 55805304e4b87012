import type { Db } from '../db/client'
import { readGitHubToken } from './read-github-token'
import type { SessionUser } from './session-user'

/**
 * The GitHub token an export may use for this session, or null. Only a
 * session that signed in through GitHub gets one, and only for the row it
 * signed into (the JWT's id, not a lookup by login): a session from the local
 * sign-in made before that login was linked to GitHub, or one whose handle has
 * since passed to someone else on GitHub, must never act with the GitHub
 * user's token.
 */
export async function readSessionGitHubToken(db: Db, user: SessionUser): Promise<string | null> {
  return user.viaGitHub ? readGitHubToken(db, user.id) : null
}
