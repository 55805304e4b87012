// The embedded default's sign-in: a display name and a GitHub handle, no
// password. It exists so the app works with no GitHub app configured; a
// deployment with GitHub turns it off (LOCAL_SIGNIN=false).
import CredentialsProvider from 'next-auth/providers/credentials'
import { z } from 'zod'
import { db } from '../db/client'
import { githubHandle } from './handle'

export const localSignInInput = z.object({
  name: z.string().trim().min(1, 'enter your name').max(100),
  login: githubHandle,
})

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
    const user = await db().user.upsert({
      where: { login },
      create: { login, name },
      update: { name },
    })
    return { id: user.id, name: user.name, login: user.login }
  },
})
