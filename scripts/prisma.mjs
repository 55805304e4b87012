#!/usr/bin/env node
// Runs the Prisma CLI offline, for both providers.
//
// prisma/schema.prisma (SQLite) is the source of truth; the PostgreSQL schema is
// derived from it here, so the two can never drift. The CLI's schema engine is
// a downloaded binary we cannot have on these machines; with the JS engine and
// driver adapters it is only consulted for commands we do not use, so any
// existing file satisfies its presence check.
//
//   node scripts/prisma.mjs generate          generate both clients
//   node scripts/prisma.mjs diff FROM TO      SQL from one datamodel to another
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const schemaPath = { sqlite: join(root, 'prisma/schema.prisma'), postgresql: join(root, 'prisma/.generated/postgresql.prisma') }

export function derivePostgresSchema(sqliteSchema) {
  return sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url = env("DATABASE_URL")')
    .replace('generated/sqlite"', 'generated/postgresql"')
    .replace('output       = "../server/db/', 'output       = "../../server/db/')
}

export function writePostgresSchema() {
  mkdirSync(dirname(schemaPath.postgresql), { recursive: true })
  writeFileSync(schemaPath.postgresql, derivePostgresSchema(readFileSync(schemaPath.sqlite, 'utf8')))
}

export function prisma(args, opts = {}) {
  return execFileSync(join(root, 'node_modules/.bin/prisma'), args, {
    cwd: root,
    encoding: 'utf8',
    stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? join(root, 'package.json'),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
      // generate and migrate diff touch no database; the derived PostgreSQL
      // schema only needs a URL of its own kind. A SQLite DATABASE_URL passed
      // through here sends Prisma looking for a query engine to download.
      DATABASE_URL: 'postgresql://localhost/unused',
    },
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cmd] = process.argv.slice(2)
  writePostgresSchema()
  if (cmd === 'generate') {
    for (const schema of Object.values(schemaPath)) prisma(['generate', '--schema', schema])
  } else {
    console.error('usage: prisma.mjs generate')
    process.exit(2)
  }
}
