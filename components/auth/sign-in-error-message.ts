// next-auth's error codes (?error= on the sign-in page), in words. Anything
// else is a message the server wrote for people (e.g. the local sign-in's).
const messages: Record<string, string> = {
  GitHubAccessDenied: 'GitHub sign-in was cancelled on GitHub, so nothing was shared. Sign in with GitHub again when you are ready.',
  OAuthCallback: 'GitHub did not complete the sign-in. Nothing was changed — try again.',
  OAuthSignin: 'Could not reach GitHub to start signing in. Try again in a moment.',
  OAuthCreateAccount: 'Could not save your GitHub account here. Try again.',
  OAuthAccountNotLinked: 'That GitHub account is linked to another user here.',
  Callback: 'Signing in did not complete. Nothing was changed — try again.',
  AccessDenied: 'Access was denied.',
  CredentialsSignin: 'Enter your name and a valid GitHub handle (letters, digits and single hyphens).',
  SessionRequired: 'Please sign in to see that page.',
  Configuration: 'Sign-in is misconfigured on this server; tell whoever runs it.',
}

export function signInErrorMessage(code: string): string {
  return messages[code] ?? (code.length > 0 && code.length < 200 && /\s/.test(code) ? code : 'Signing in failed. Try again.')
}
