// Prisma CLI configuration. Only the JS schema engine runs offline (the binary
// one would be downloaded). The CLI is used for `generate` and `migrate diff`
// alone, which need no real database: an in-memory SQLite adapter serves both
// providers. Migrations are applied by server/db/migrate.ts.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { defineConfig } from 'prisma/config'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  adapter: async () => new PrismaBetterSQLite3({ url: ':memory:' }),
})
