import { scopeAllowsWrite } from '@/lib/auth/github-scopes'
import type { Db } from '../db/client'

/**
 * Whether the user's stored GitHub token may write to a repository of the
 * series' visibility: public_repo (granted at sign-in) covers public ones, a
 * private repository needs `repo`. When it says no, the page offers
 * "Sign in with GitHub" again with githubScopes.private (GitHubSignInButton's
 * privateRepo), and GitHub asks the user to grant the wider scope.
 * False too when there is no token at all (never signed in with GitHub, or
 * forgotten after GitHub refused it).
 */
export async function hasRepoScope(db: Db, userId: string, privateRepo: boolean): Promise<boolean> {
  const account = await db.account.findFirst({
    where: { userId, provider: 'github', access_token: { not: null } },
    select: { scope: true },
  })
  return account !== null && scopeAllowsWrite(account.scope, privateRepo)
}
