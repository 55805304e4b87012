/** An error answer in GitHub's shape: `{ message, documentation_url, status, errors? }`. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { errors?: unknown[]; headers?: Record<string, string>; documentationUrl?: string } = {},
  ) {
    super(message)
  }
}

export function validationFailed(errors: unknown[]): GitHubApiError {
  return new GitHubApiError(422, 'Validation Failed', { errors })
}

/** What GitHub says when branch protection refuses a ref write. */
export function protectedBranchError(ref: string, status: 422 | 403 = 422): GitHubApiError {
  return new GitHubApiError(status, `Protected branch update failed for ${ref}.`, {
    documentationUrl: 'https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches',
  })
}

/** A required field missing or of the wrong type, worded the way GitHub words it. */
export function invalidRequest(field: string, problem = "wasn't supplied"): GitHubApiError {
  return new GitHubApiError(422, `Invalid request.\n\n"${field}" ${problem}.`)
}
