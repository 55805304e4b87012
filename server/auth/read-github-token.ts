import type { Db } from '../db/client'

/**
 * The signed-in user's GitHub access token, for an export made on their behalf.
 * It is read here, on the server, and never put in a session or a response:
 * the browser only ever learns whether an export worked. Null when the user
 * never signed in with GitHub (or the token was forgotten after GitHub refused it).
 */
export async function readGitHubToken(db: Db, userId: string): Promise<string | null> {
  const account = await db.account.findFirst({
    where: { userId, provider: 'github', access_token: { not: null } },
    select: { access_token: true },
  })
  return account?.access_token ?? null
}
