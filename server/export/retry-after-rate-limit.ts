import { RateLimitedError } from './export-errors'

export interface RateLimitRetryOptions {
  /** Longest wait worth holding the request open for; longer ones go back to the user. */
  maxWaitMs: number
  sleep: (ms: number) => Promise<void>
  now: () => number
}

/**
 * Runs `task`, and once more after the limit resets when GitHub's wait is short.
 * Safe only because every export step finds its own earlier result on a rerun.
 */
export async function retryAfterRateLimit<T>(task: () => Promise<T>, options: RateLimitRetryOptions): Promise<T> {
  try {
    return await task()
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error
    const wait = error.resetAt.getTime() - options.now()
    if (wait > options.maxWaitMs) throw error
    await options.sleep(Math.max(0, wait))
    return task()
  }
}
