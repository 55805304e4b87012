// The embedded default's sign-in: a display name and a GitHub handle, no
// password. It exists so the app works with no GitHub app configured; with
// GitHub configured it is off unless LOCAL_SIGNIN=true (sign-in-methods.ts).
import CredentialsProvider from 'next-auth/providers/credentials'
import { z } from 'zod'
import { db } from '../db/client'
import { githubHandle } from './handle'

export const localSignInInput = z.object({
  name: z.string().trim().min(1, 'enter your name').max(100),
  login: githubHandle,
})

export function githubOwnedMessage(login: string): string {
  return `@${login} signs in with GitHub here`
}

export const localProvider = CredentialsProvider({
  id: 'local',
  name: 'Local sign-in',
  credentials: {
    name: { label: 'Name', type: 'text' },
    login: { label: 'GitHub handle', type: 'text' },
  },
  async authorize(credentials) {
    const parsed = localSignInInput.safeParse(credentials)
    if (!parsed.success) return null
    const { name, login } = parsed.data
    // Typing a handle proves nothing; a row GitHub vouched for holds a token
    // that exports act with, so only GitHub may sign into it.
    const linked = await db().account.findFirst({ where: { provider: 'github', user: { login } }, select: { id: true } })
    if (linked) throw new Error(githubOwnedMessage(login))
    const user = await db().user.upsert({
      where: { login },
      create: { login, name },
      update: { name },
    })
    return { id: user.id, name: user.name, login: user.login }
  },
})
