import NextAuth from 'next-auth'
import { authOptions } from '@/server/auth/options'

// Built per request: the options read the secret and switches from the
// environment, which the custom server completes before Next starts.
function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(req, ctx)
}

export { handler as GET, handler as POST }
