// Everything one Playwright run shares, derived from E2E_PORT and made once:
// Playwright loads its config in the runner and again in every worker, and
// E2E_DATA_DIR (set by the first load) tells the others where it all is.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const e2ePort = Number(process.env.E2E_PORT ?? 3100)
/** Beside the app's port, so parallel runs (other E2E_PORTs) never share an emulator. */
export const emulatorPort = e2ePort + 50
export const emulatorWebUrl = `http://127.0.0.1:${emulatorPort}`
export const emulatorApiUrl = `${emulatorWebUrl}/api/v3`
/** The emulator's defaults (start-github-emulator.ts). */
export const emulatorOAuth = { clientId: 'Iv1.emulatorclient', clientSecret: 'emulator-client-secret' }

process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'live-minutes-e2e-'))
export const dataDir = process.env.E2E_DATA_DIR
export const emulatorDataDir = join(dataDir, 'github')
export const emulatorSeedFile = join(dataDir, 'github-seed.json')
/** EXPORT_LOCAL_REPO: the embedded default's export target, a bare repository with one commit on main. */
export const exportLocalRepo = join(dataDir, 'export-repo.git')

/**
 * People and repositories on the emulated GitHub at the start of every run.
 * Specs that need more add them through the control API (github.ts).
 */
export const githubSeed = {
  users: [
    { login: 'mona', name: 'Mona Lisa Octocat', email: 'mona@example.com' },
    { login: 'hubot', name: 'Hubot Robot', email: 'hubot@example.com' },
    // No display name and a private address: the app falls back to the login and a verified or noreply address.
    { login: 'nameless', name: '', email: '' },
  ],
  repos: [
    { owner: 'acme', name: 'minutes', collaborators: ['mona'] },
    { owner: 'acme', name: 'private-minutes', private: true, collaborators: ['mona'] },
  ],
}

function git(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { encoding: 'utf8', env: { ...process.env, ...env } }).trim()
}

function makeExportRepo(path: string): void {
  git(['init', '--quiet', '--bare', '--initial-branch=main', path])
  const dir = ['--git-dir', path]
  const who = { GIT_AUTHOR_NAME: 'Live Minutes E2E', GIT_AUTHOR_EMAIL: 'e2e@example.com', GIT_COMMITTER_NAME: 'Live Minutes E2E', GIT_COMMITTER_EMAIL: 'e2e@example.com' }
  const blob = execFileSync('git', [...dir, 'hash-object', '-w', '--stdin'], { input: '# Minutes\n', encoding: 'utf8' }).trim()
  const tree = execFileSync('git', [...dir, 'mktree'], { input: `100644 blob ${blob}\tREADME.md\n`, encoding: 'utf8' }).trim()
  const commit = git([...dir, 'commit-tree', tree, '-m', 'Initial commit'], who)
  git([...dir, 'update-ref', 'refs/heads/main', commit])
}

export function prepareE2eEnvironment(): void {
  mkdirSync(dataDir, { recursive: true })
  if (!existsSync(emulatorSeedFile)) writeFileSync(emulatorSeedFile, JSON.stringify(githubSeed, null, 2))
  if (!existsSync(exportLocalRepo)) makeExportRepo(exportLocalRepo)
}
