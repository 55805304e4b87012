// GitHub's token answer carries more or fewer fields depending on whether the
// app's tokens expire; the Account table stores these, and nothing else.
/** The token fields of a sign-in, as the Account table stores them. */
export function tokenColumns(account: Record<string, unknown>) {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
  const int = (v: unknown) => {
    const n = typeof v === 'string' && v !== '' ? Number(v) : v
    return typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : null
  }
  return {
    access_token: text(account.access_token),
    refresh_token: text(account.refresh_token),
    expires_at: int(account.expires_at),
    refresh_token_expires_in: int(account.refresh_token_expires_in),
    token_type: text(account.token_type),
    scope: text(account.scope),
  }
}
