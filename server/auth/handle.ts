// GitHub's rules for a login: 1-39 characters, alphanumerics and single
// hyphens, not at either end.
import { z } from 'zod'

export const githubHandle = z
  .string()
  .trim()
  .transform((s) => s.replace(/^@/, ''))
  .pipe(z.string().regex(/^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i, 'not a valid GitHub handle'))
