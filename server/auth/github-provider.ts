// next-auth's GitHub provider pointed at the configured GitHub: github.com by
// default, or a GitHub Enterprise Server, whose web and API bases differ.
import type { Profile } from 'next-auth'
import GitHubProvider, { type GithubProfile } from 'next-auth/providers/github'
import type { OAuthConfig } from 'next-auth/providers/oauth'
import { githubScopes } from '@/lib/auth/github-scopes'
import type { Config } from '../config'
import { fetchGitHubProfile } from './fetch-github-profile'

export function githubProvider(cfg: Config): OAuthConfig<GithubProfile> {
  const web = cfg.GITHUB_WEB_URL.replace(/\/+$/, '')
  const api = cfg.GITHUB_API_URL.replace(/\/+$/, '')
  return GitHubProvider({
    clientId: cfg.GITHUB_CLIENT_ID ?? '',
    clientSecret: cfg.GITHUB_CLIENT_SECRET ?? '',
    issuer: `${web}/login/oauth`,
    // GitHub documents client_id/client_secret as form fields of the token
    // request; openid-client would send them as Basic auth by default.
    client: { token_endpoint_auth_method: 'client_secret_post' },
    authorization: { url: `${web}/login/oauth/authorize`, params: { scope: githubScopes.public } },
    token: `${web}/login/oauth/access_token`,
    userinfo: {
      url: `${api}/user`,
      // next-auth wants GitHub's whole user object; the fields read below are the ones fetched.
      request: async ({ tokens }) => (await fetchGitHubProfile(api, web, tokens.access_token ?? '')) as unknown as Profile,
    },
    profile: (p) => ({
      id: String(p.id),
      login: p.login,
      name: p.name || p.login,
      email: p.email,
      avatarUrl: p.avatar_url,
    }),
  })
}
