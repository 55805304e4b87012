#!/usr/bin/env node
// Writes the next migration: the SQL, for both providers, that takes the
// schema of the latest migration to the current prisma/schema.prisma, and a
// copy of that schema to diff the following migration against.
//
//   npm run db:migration -- add_series
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { derivePostgresSchema, prisma, schemaPath, writePostgresSchema } from './prisma.mjs'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name_in_snake_case>')
  process.exit(2)
}
const dir = 'prisma/migrations'
mkdirSync(dir, { recursive: true })
const existing = readdirSync(dir).filter((n) => /^\d{4}_/.test(n)).sort()
const previous = existing.at(-1)
writePostgresSchema()

const fromSqlite = previous ? ['--from-schema-datamodel', join(dir, previous, 'schema.prisma')] : ['--from-empty']
let fromPostgres = ['--from-empty']
if (previous) {
  const file = join(tmpdir(), `live-minutes-previous-${process.pid}.prisma`)
  writeFileSync(file, derivePostgresSchema(readFileSync(join(dir, previous, 'schema.prisma'), 'utf8')))
  fromPostgres = ['--from-schema-datamodel', file]
}
const sql = {
  sqlite: prisma(['migrate', 'diff', ...fromSqlite, '--to-schema-datamodel', schemaPath.sqlite, '--script'], { capture: true }),
  postgresql: prisma(['migrate', 'diff', ...fromPostgres, '--to-schema-datamodel', schemaPath.postgresql, '--script'], { capture: true }),
}
if (!/\S/.test(sql.sqlite.replace(/^--.*$/gm, ''))) {
  console.error('schema.prisma has not changed since the latest migration')
  process.exit(1)
}
const target = join(dir, `${String(existing.length + 1).padStart(4, '0')}_${name}`)
if (existsSync(target)) throw new Error(`${target} exists`)
mkdirSync(target)
writeFileSync(join(target, 'sqlite.sql'), sql.sqlite)
writeFileSync(join(target, 'postgresql.sql'), sql.postgresql)
copyFileSync(schemaPath.sqlite, join(target, 'schema.prisma'))
console.log(`wrote ${target}`)
