// Runtime configuration, read once from the environment. Every variable is
// listed, with its default, in the README's configuration table.
import { z } from 'zod'
import { zodIssueLines } from '../lib/zod-issue-lines'

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

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
})

/** LOCAL_SIGNIN is checked here at start-up and read by server/auth/options.ts, which Next's bundle loads. */
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
