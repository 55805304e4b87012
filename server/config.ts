// Runtime configuration, read once from the environment. Every variable is
// listed, with its default, in the README's configuration table.
import { z } from 'zod'
import { zodIssueLines } from '../lib/zod-issue-lines'

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

/**
 * GitHub's settings, shared with the export's reader (server/export/export-config.ts).
 * The web and API bases differ on GitHub Enterprise Server (https://HOST and
 * https://HOST/api/v3), so both are configuration.
 */
export const githubConfigShape = {
  /** Web base for the OAuth authorize/token endpoints and links. */
  GITHUB_WEB_URL: z.string().url().default('https://github.com'),
  /** REST API base: /user, /user/emails and everything the export calls. */
  GITHUB_API_URL: z.string().url().default('https://api.github.com'),
  /** The OAuth app; set with GITHUB_CLIENT_SECRET, and sign-in with GitHub is on. */
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
}

/** A half-configured OAuth app would fail at the first sign-in; say so at start-up instead. */
export function githubClientPaired(env: { GITHUB_CLIENT_ID?: string; GITHUB_CLIENT_SECRET?: string }): boolean {
  return Boolean(env.GITHUB_CLIENT_ID) === Boolean(env.GITHUB_CLIENT_SECRET)
}
export const githubClientPairMessage = 'set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET together, or neither'

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .default('file:./data/live-minutes.db')
    .refine((u) => u.startsWith('file:') || /^postgres(ql)?:\/\//.test(u), 'must be file:… (SQLite) or postgresql://…'),
  AUTH_SECRET: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  LOCAL_SIGNIN: boolean.optional(),
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  COLLAB_COMPACT_AFTER_MS: z.coerce.number().int().nonnegative().default(10_000),
  COLLAB_UNLOAD_AFTER_MS: z.coerce.number().int().nonnegative().default(30_000),
  IMAGE_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  ...githubConfigShape,
}).refine(githubClientPaired, { message: githubClientPairMessage, path: ['GITHUB_CLIENT_SECRET'] })

/** Read at start-up by server/main.ts and, in Next's bundle, by server/auth/options.ts. */
export type Config = z.infer<typeof schema>

let cached: Config | undefined

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    const lines = zodIssueLines(parsed.error).map((line) => `  ${line}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

export function config(): Config {
  cached ??= loadConfig()
  return cached
}
