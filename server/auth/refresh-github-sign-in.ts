import type { Db } from '../db/client'
import { tokenColumns } from './token-columns'

export interface GitHubSignIn {
  providerAccountId: string
  /** The token answer: access_token, scope, token_type, and expiry fields when the app's tokens expire. */
  tokens: Record<string, unknown>
  login: string
  name: string
  email: string | null
  avatarUrl: string | null
}

/**
 * A returning GitHub user signs in: store the token and scopes just granted
 * (next-auth v4 keeps the first ones forever otherwise, so a revoked token or
 * a newly granted `repo` scope would never reach the export) and the profile
 * as GitHub has it now. Does nothing for a first sign-in: the adapter links
 * that account with these same fields.
 *
 * A login GitHub renamed is taken over only when no other row holds it;
 * otherwise the row keeps its old login rather than merging two people.
 */
export async function refreshGitHubSignIn(db: Db, signIn: GitHubSignIn): Promise<void> {
  const where = { provider_providerAccountId: { provider: 'github', providerAccountId: signIn.providerAccountId } }
  const account = await db.account.findUnique({ where, select: { userId: true, user: { select: { login: true } } } })
  if (!account) return
  await db.account.update({ where, data: tokenColumns(signIn.tokens) })
  const renamed = account.user.login !== signIn.login
  const loginFree = renamed && (await db.user.findUnique({ where: { login: signIn.login }, select: { id: true } })) === null
  await db.user.update({
    where: { id: account.userId },
    data: { name: signIn.name, email: signIn.email, avatarUrl: signIn.avatarUrl, ...(loginFree ? { login: signIn.login } : {}) },
  })
}
