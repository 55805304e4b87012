import type { ZodError } from 'zod'

/** One `path: message` line per problem, the form every error we show uses. */
export function zodIssueLines(error: ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}
