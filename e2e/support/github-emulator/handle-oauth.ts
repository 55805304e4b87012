import { randomBytes } from 'node:crypto'
import type { EmulatorState } from './emulator-state'

export interface WebReply {
  status: number
  headers: Record<string, string>
  body: string
}

function page(status: number, text: string): WebReply {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><title>GitHub emulator</title><p>${text}</p>` }
}

/**
 * GET /login/oauth/authorize: the consent page, clicked at once. The approving
 * user comes from `?login=` (an emulator extension), else the preset approver,
 * else the only user there is.
 */
export function authorizeOAuthApp(state: EmulatorState, query: URLSearchParams): WebReply {
  if (query.get('client_id') !== state.oauth.clientId) return page(404, 'Unknown OAuth application')
  const redirectUri = query.get('redirect_uri')
  if (!redirectUri) return page(400, 'redirect_uri is required by this emulator')
  const target = new URL(redirectUri)
  const clientState = query.get('state')
  const approver = query.get('login') ?? state.oauth.approver ?? (state.users.size === 1 ? [...state.users.values()][0]?.login : null)
  if (approver === 'deny') {
    target.searchParams.set('error', 'access_denied')
    target.searchParams.set('error_description', 'The user has denied your application access.')
    target.searchParams.set('error_uri', '/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#access-denied')
  } else {
    const user = approver ? state.users.get(approver.toLowerCase()) : undefined
    if (!user) return page(400, 'No emulated user to approve: pass ?login= or set an approver')
    const code = randomBytes(10).toString('hex')
    const scopes = (query.get('scope') ?? '').split(/[\s,]+/).filter(Boolean)
    state.oauth.codes.set(code, { code, login: user.login, clientId: state.oauth.clientId, redirectUri, scopes, expiresAt: Date.now() + 10 * 60_000 })
    target.searchParams.set('code', code)
  }
  if (clientState !== null) target.searchParams.set('state', clientState)
  return { status: 302, headers: { location: target.href }, body: '' }
}

function tokenReply(accept: string, fields: Record<string, string>): WebReply {
  if (accept.includes('application/json')) {
    return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(fields) }
  }
  if (accept.includes('application/xml')) {
    const xml = Object.entries(fields)
      .map(([k, v]) => `<${k}>${v.replace(/[<&>]/g, (c) => `&#${c.charCodeAt(0)};`)}</${k}>`)
      .join('')
    return { status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: `<OAuth>${xml}</OAuth>` }
  }
  return { status: 200, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: new URLSearchParams(fields).toString() }
}

/**
 * POST /login/oauth/access_token. Parameters come as query, form or JSON; the
 * answer's format follows Accept, and errors are 200s with an `error` field,
 * both as GitHub does.
 */
export function exchangeOAuthCode(state: EmulatorState, params: URLSearchParams, accept: string): WebReply {
  const error = (code: string, description: string) =>
    tokenReply(accept, {
      error: code,
      error_description: description,
      error_uri: `https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#${code.replaceAll('_', '-')}`,
    })
  if (params.get('client_id') !== state.oauth.clientId || params.get('client_secret') !== state.oauth.clientSecret) {
    return error('incorrect_client_credentials', 'The client_id and/or client_secret passed are incorrect.')
  }
  const grant = state.oauth.codes.get(params.get('code') ?? '')
  if (!grant || grant.expiresAt < Date.now()) return error('bad_verification_code', 'The code passed is incorrect or expired.')
  const redirectUri = params.get('redirect_uri')
  if (redirectUri !== null && redirectUri !== grant.redirectUri) {
    return error('redirect_uri_mismatch', 'The redirect_uri MUST match the registered callback URL for this application.')
  }
  state.oauth.codes.delete(grant.code)
  const token = `gho_${randomBytes(18).toString('hex')}`
  state.tokens.set(token, { token, login: grant.login, scopes: grant.scopes, revoked: false, remaining: 5000, resetAt: Math.floor(Date.now() / 1000) + 3600 })
  return tokenReply(accept, { access_token: token, token_type: 'bearer', scope: grant.scopes.join(',') })
}
