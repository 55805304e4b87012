// Runs the emulator as its own process, for Playwright's webServer list:
//   npx tsx e2e/support/github-emulator/serve-github-emulator.ts
// GITHUB_EMULATOR_PORT (default 3999), GITHUB_EMULATOR_DATA_DIR (default a new
// temporary folder) and GITHUB_EMULATOR_SEED (a JSON file: { users: [...],
// repos: [...] } as addUser and addRepo take them) configure it. Tests drive it
// through /_emulator/ (handle-control.ts). Only ever listens on 127.0.0.1.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { repoSeed, userSeed } from './seed-schemas'
import { startGitHubEmulator } from './start-github-emulator'

const seed = z.object({ users: z.array(userSeed).default([]), repos: z.array(repoSeed).default([]) })

const dataDir = process.env.GITHUB_EMULATOR_DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'github-emulator-')))
const emulator = await startGitHubEmulator({ dataDir, port: Number(process.env.GITHUB_EMULATOR_PORT ?? 3999) })
const seedFile = process.env.GITHUB_EMULATOR_SEED
const { users, repos } = seed.parse(seedFile ? JSON.parse(await readFile(seedFile, 'utf8')) : {})
for (const user of users) emulator.addUser(user)
for (const repo of repos) await emulator.addRepo(repo)
console.log(JSON.stringify({ url: emulator.url, webUrl: emulator.webUrl, dataDir, clientId: emulator.oauth.clientId, clientSecret: emulator.oauth.clientSecret }))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void emulator.close().then(() => process.exit(0))
  })
}
