// The GitHub user behind a fresh access token, read from the configured API
// (GitHub Enterprise Server has its own), with an address even when the user
// keeps theirs private: next-auth's own GitHub provider asks api.github.com
// for it, whatever the configuration says.
import { Octokit } from '@octokit/rest'

export interface GitHubProfile {
  id: number
  login: string
  name: string | null
  email: string | null
  avatar_url: string
}

/** The address GitHub itself uses for commits of users who hide theirs. */
export function noreplyEmail(webUrl: string, id: number, login: string): string {
  return `${id}+${login}@users.noreply.${new URL(webUrl).hostname}`
}

export async function fetchGitHubProfile(apiUrl: string, webUrl: string, accessToken: string): Promise<GitHubProfile> {
  const octokit = new Octokit({ auth: accessToken, baseUrl: apiUrl.replace(/\/+$/, ''), userAgent: 'live-minutes' })
  const { data: user } = await octokit.rest.users.getAuthenticated()
  let email = user.email || null
  if (!email) {
    // Needs user:email; without it (or on an older GHES) GitHub answers 404/403.
    const emails = await octokit.rest.users.listEmailsForAuthenticatedUser().then(
      (r) => r.data,
      () => [],
    )
    email = emails.find((e) => e.primary && e.verified && e.email)?.email ?? noreplyEmail(webUrl, user.id, user.login)
  }
  return { id: user.id, login: user.login, name: user.name || null, email, avatar_url: user.avatar_url }
}
