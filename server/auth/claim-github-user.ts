import type { Db } from '../db/client'

export interface GitHubUserFields {
  login: string
  name: string
  email: string | null
  avatarUrl: string | null
}

/**
 * The User row for a GitHub account signing in for the first time here.
 *
 * A row with the same login and no GitHub account is adopted: it was made by
 * the local sign-in (name and handle, no password) or by a participant list,
 * so it never proved anything, and GitHub now proves the handle is this
 * person's. Adopting keeps their meetings and series under one row instead of
 * a duplicate. The reverse is never done: once a row has a GitHub account,
 * the local sign-in refuses that handle (local-provider.ts), so nobody can
 * type their way into a row that holds a GitHub token.
 *
 * A row with the same login and a *different* GitHub account means the handle
 * changed hands on GitHub (renamed, then taken). That row is moved aside to a
 * login no GitHub handle can have, and its owner's login is corrected the
 * next time they sign in (refresh-github-sign-in.ts); the new owner gets a row
 * of their own.
 */
export async function claimGitHubUser(db: Db, fields: GitHubUserFields) {
  return db.$transaction(async (tx) => {
    const holder = await tx.user.findUnique({
      where: { login: fields.login },
      select: { id: true, accounts: { where: { provider: 'github' }, select: { id: true } } },
    })
    if (holder && holder.accounts.length === 0) return tx.user.update({ where: { id: holder.id }, data: fields })
    if (holder) await tx.user.update({ where: { id: holder.id }, data: { login: formerLogin(fields.login, holder.id) } })
    return tx.user.create({ data: fields })
  })
}

/** Not a valid GitHub handle (no "~"), so it can never collide with a real one. */
export function formerLogin(login: string, userId: string): string {
  return `${login}~${userId}`
}
