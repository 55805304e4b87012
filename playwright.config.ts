// End-to-end tests: Debian's Chromium (never a downloaded browser) against the
// real server, built for production, on its own port and a fresh database,
// with the test-only GitHub emulator beside it as the configured GitHub.
import { defineConfig } from '@playwright/test'
import { join } from 'node:path'
import {
  dataDir,
  e2ePort as port,
  emulatorApiUrl,
  emulatorDataDir,
  emulatorOAuth,
  emulatorPort,
  emulatorSeedFile,
  emulatorWebUrl,
  exportLocalRepo,
  prepareE2eEnvironment,
} from './e2e/support/e2e-environment'

const baseURL = `http://localhost:${port}`
prepareE2eEnvironment()
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${join(dataDir, 'e2e.db')}`

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-gpu',
        '--no-first-run',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
  },
  webServer: [
    {
      command: 'npx tsx e2e/support/github-emulator/serve-github-emulator.ts',
      url: `${emulatorWebUrl}/_emulator/requests`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        GITHUB_EMULATOR_PORT: String(emulatorPort),
        GITHUB_EMULATOR_DATA_DIR: emulatorDataDir,
        GITHUB_EMULATOR_SEED: emulatorSeedFile,
      },
    },
    {
      command: 'npx tsx server/main.ts',
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: 'e2e-secret-not-for-production',
        // GitHub is configured, so local sign-in is on only because this says so: most specs sign in locally.
        LOCAL_SIGNIN: 'true',
        GITHUB_CLIENT_ID: emulatorOAuth.clientId,
        GITHUB_CLIENT_SECRET: emulatorOAuth.clientSecret,
        GITHUB_WEB_URL: emulatorWebUrl,
        GITHUB_API_URL: emulatorApiUrl,
        EXPORT_LOCAL_REPO: exportLocalRepo,
      },
    },
  ],
})
