import NextAuth from 'next-auth'
import { authOptions } from '@/server/auth/options'

// GitHub sends a user who clicks "Cancel" on its consent page back with
// ?error=access_denied, which next-auth v4 reports as the same "Callback"
// error as any failure. Telling them apart lets the page say "you cancelled".
function deniedOnGitHub(req: Request, segments: string[]): boolean {
  return segments.join('/') === 'callback/github' && new URL(req.url).searchParams.get('error') === 'access_denied'
}

// Built per request: the options read the secret and switches from the
// environment, which the custom server completes before Next starts.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  if (deniedOnGitHub(req, (await ctx.params).nextauth)) {
    return new Response(null, { status: 302, headers: { location: '/signin?error=GitHubAccessDenied' } })
  }
  return NextAuth(authOptions())(req, ctx)
}

export { handler as GET, handler as POST }
