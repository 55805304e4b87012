// The OAuth scopes Live Minutes asks GitHub for. Reading the user and their
// verified address is always needed; writing needs public_repo for public
// repositories and the much wider repo for private ones, so repo is asked for
// only when a series targets a private repository.
export const githubScopes = {
  public: 'read:user user:email public_repo',
  private: 'read:user user:email repo',
} as const

/** GitHub answers scopes comma-separated ("repo,user"); next-auth stores them as given. */
export function parseScopes(scope: string | null | undefined): Set<string> {
  return new Set((scope ?? '').split(/[\s,]+/).filter(Boolean))
}

/** Whether a granted scope string lets the export write to a repository of that visibility. */
export function scopeAllowsWrite(scope: string | null | undefined, privateRepo: boolean): boolean {
  const granted = parseScopes(scope)
  return granted.has('repo') || (!privateRepo && granted.has('public_repo'))
}
