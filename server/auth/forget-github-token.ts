import type { Db } from '../db/client'

/**
 * GitHub answered 401 to the user's token (TokenInvalidError): it was revoked
 * or has expired. Forget it, so readGitHubToken gives null and the page asks
 * the user to sign in with GitHub again instead of failing the same way at the
 * next export. The account link stays: signing in again stores a fresh token.
 * Only the token that failed is forgotten, in case a new sign-in already
 * replaced it.
 */
export async function forgetGitHubToken(db: Db, userId: string, failedToken?: string): Promise<void> {
  await db.account.updateMany({
    where: { userId, provider: 'github', ...(failedToken ? { access_token: failedToken } : {}) },
    data: { access_token: null, refresh_token: null, expires_at: null, refresh_token_expires_in: null },
  })
}
