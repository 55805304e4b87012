// next-auth configuration shared by the route handler, server components and
// the websocket upgrade (which reads the same JWT cookie).
import type { NextAuthOptions } from 'next-auth'
import { localProvider } from './local-provider'
import { authSecret } from './secret'

export function localSignInEnabled(): boolean {
  const v = process.env.LOCAL_SIGNIN
  return v === undefined || v === '' ? true : ['true', '1', 'yes'].includes(v)
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    providers: localSignInEnabled() ? [localProvider] : [],
    pages: { signIn: '/signin' },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.login = (user as { login?: string }).login
          token.uid = user.id
        }
        return token
      },
      session({ session, token }) {
        if (session.user) {
          session.user.login = String(token.login ?? '')
          session.user.id = String(token.uid ?? token.sub ?? '')
        }
        return session
      },
    },
  }
}
