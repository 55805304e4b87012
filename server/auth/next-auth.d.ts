import 'next-auth'
import 'next-auth/jwt'

declare module 'next-auth' {
  interface Session {
    user: { id: string; login: string; name?: string | null; email?: string | null; image?: string | null; via?: string }
  }
  /** Our User row's fields, as the providers' profile() and the adapter give them. */
  interface User {
    login?: string
    avatarUrl?: string | null
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    login?: string
    uid?: string
    /** The provider of this session's sign-in: 'github' or 'local'. */
    via?: string
  }
}
