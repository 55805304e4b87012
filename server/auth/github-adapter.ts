// next-auth's Prisma adapter over our client, with the few methods whose
// shapes differ from next-auth's reference schema wrapped. Sessions are JWTs,
// so only the user and account methods are ever called.
import { PrismaAdapter } from '@next-auth/prisma-adapter'
import type { Adapter, AdapterAccount, AdapterUser } from 'next-auth/adapters'
import type { Db } from '../db/client'
import { claimGitHubUser } from './claim-github-user'
import { tokenColumns } from './token-columns'

type AdapterClient = Parameters<typeof PrismaAdapter>[0]

/** Our User has login and avatarUrl where next-auth's has image; email may be null. */
function adapterUser<T extends { email: string | null; avatarUrl: string | null }>(row: T): AdapterUser {
  return { ...row, email: row.email ?? '', image: row.avatarUrl } as unknown as AdapterUser
}

export function githubAdapter(db: Db): Adapter {
  const base = PrismaAdapter(db as unknown as AdapterClient)
  return {
    ...base,
    async getUserByAccount(providerAccount) {
      const account = await db.account.findUnique({ where: { provider_providerAccountId: providerAccount }, select: { user: true } })
      return account ? adapterUser(account.user) : null
    },
    async createUser(profile: Omit<AdapterUser, 'id'>) {
      const login = profile.login
      if (!login) throw new Error('the GitHub profile has no login')
      return adapterUser(
        await claimGitHubUser(db, { login, name: profile.name || login, email: profile.email || null, avatarUrl: profile.avatarUrl ?? null }),
      )
    },
    // An address is not an identity here: people share and change them, and
    // GitHub's noreply ones are made up. Accounts are matched by GitHub id and
    // rows by login (claimGitHubUser), never by email.
    getUserByEmail: async () => null,
    // Only called to link a new account to whoever is signed in already. A
    // GitHub sign-in must land on the GitHub user's own row, not on the row of
    // the local user who happened to be signed in in that browser.
    getUser: async () => null,
    // Only the columns we have: GitHub may send more token fields than these.
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          ...tokenColumns(account),
        },
      })
    },
  }
}
