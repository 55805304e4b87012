#!/usr/bin/env node
// Brings the database named by DATABASE_URL (default: the SQLite file under
// data/) up to date. Run by `npm start` and `npm run dev` before the server.
import { tsImport } from 'tsx/esm/api'

const { migrate } = await tsImport('../server/db/migrate.ts', import.meta.url)
const url = process.env.DATABASE_URL ?? 'file:./data/live-minutes.db'
const applied = await migrate(url)
console.log(applied.length ? `migrated: ${applied.join(', ')}` : 'database is up to date')
