// next-auth configuration shared by the route handler, server components and
// the websocket upgrade (which reads the same JWT cookie). Sessions stay JWTs
// so the upgrade can authenticate without a database round trip; the JWT
// carries who you are (id, login, name, avatar) and never the GitHub token,
// which stays in the Account table (read-github-token.ts).
import type { NextAuthOptions } from 'next-auth'
import { config } from '../config'
import { db } from '../db/client'
import type { GitHubProfile } from './fetch-github-profile'
import { githubAdapter } from './github-adapter'
import { githubProvider } from './github-provider'
import { localProvider } from './local-provider'
import { refreshGitHubSignIn } from './refresh-github-sign-in'
import { authSecret } from './secret'
import { githubSignInEnabled, localSignInEnabled } from './sign-in-methods'

export { localSignInEnabled } from './sign-in-methods'

export function authOptions(): NextAuthOptions {
  const cfg = config()
  const providers: NextAuthOptions['providers'] = []
  if (githubSignInEnabled(cfg)) providers.push(githubProvider(cfg))
  if (localSignInEnabled(cfg)) providers.push(localProvider)
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    adapter: githubAdapter(db()),
    providers,
    // Errors land on our sign-in page, which says what happened in words.
    pages: { signIn: '/signin', error: '/signin' },
    callbacks: {
      async signIn({ account, profile }) {
        // The profile as GitHub gives it now (fetch-github-profile.ts); `user` would be our stored row.
        const gh = profile as Partial<GitHubProfile> | undefined
        if (account?.provider === 'github' && gh?.login) {
          await refreshGitHubSignIn(db(), {
            providerAccountId: account.providerAccountId,
            tokens: account,
            login: gh.login,
            name: gh.name || gh.login,
            email: gh.email ?? null,
            avatarUrl: gh.avatar_url ?? null,
          })
        }
        return true
      },
      // `account` (with the access token) is deliberately not read here.
      jwt({ token, user, account }) {
        if (user) {
          token.via = account?.provider
          token.login = user.login
          token.uid = user.id
          token.name = user.name
          token.picture = user.avatarUrl ?? null
        }
        return token
      },
      session({ session, token }) {
        if (session.user) {
          session.user.login = String(token.login ?? '')
          session.user.id = String(token.uid ?? token.sub ?? '')
          session.user.image = token.picture ?? null
          session.user.via = token.via
        }
        return session
      },
    },
  }
}
