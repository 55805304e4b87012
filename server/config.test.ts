import { describe, expect, it } from 'vitest'
import { loadConfig } from './config'
import { githubSignInEnabled, localSignInEnabled } from './auth/sign-in-methods'

describe('loadConfig', () => {
  it('gives the embedded default when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'file:./data/live-minutes.db',
      COLLAB_MAX_MESSAGE_BYTES: 2 * 1024 * 1024,
      IMAGE_MAX_BYTES: 10 * 1024 * 1024,
    })
  })

  it('takes PostgreSQL and numbers from the environment', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://db/minutes', PORT: '8080', COLLAB_MAX_MESSAGE_BYTES: '65536' })
    expect(c).toMatchObject({ DATABASE_URL: 'postgresql://db/minutes', PORT: 8080, COLLAB_MAX_MESSAGE_BYTES: 65536 })
  })

  it('names every variable that is wrong', () => {
    let message = ''
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', LOCAL_SIGNIN: 'maybe', PORT: 'http', IMAGE_MAX_BYTES: '0' })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(/^Invalid configuration/)
    expect(message).toContain('DATABASE_URL: must be file:… (SQLite) or postgresql://…')
    expect(message).toContain('LOCAL_SIGNIN')
    expect(message).toContain('PORT')
    expect(message).toContain('IMAGE_MAX_BYTES')
  })

  it('wants the GitHub OAuth app whole: id and secret together or neither', () => {
    expect(() => loadConfig({ GITHUB_CLIENT_ID: 'Iv1.x' })).toThrow(/GITHUB_CLIENT_SECRET: set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET together/)
    expect(() => loadConfig({ GITHUB_CLIENT_SECRET: 's' })).toThrow(/together, or neither/)
    expect(() => loadConfig({ GITHUB_WEB_URL: 'github' })).toThrow(/GITHUB_WEB_URL/)
    expect(loadConfig({})).toMatchObject({ GITHUB_WEB_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' })
  })

  it('turns local sign-in off when GitHub is configured, unless LOCAL_SIGNIN says otherwise', () => {
    const github = { GITHUB_CLIENT_ID: 'Iv1.x', GITHUB_CLIENT_SECRET: 's' }
    expect(localSignInEnabled(loadConfig({}))).toBe(true)
    expect(githubSignInEnabled(loadConfig({}))).toBe(false)
    expect(localSignInEnabled(loadConfig(github))).toBe(false)
    expect(githubSignInEnabled(loadConfig(github))).toBe(true)
    expect(localSignInEnabled(loadConfig({ ...github, LOCAL_SIGNIN: 'true' }))).toBe(true)
    expect(localSignInEnabled(loadConfig({ LOCAL_SIGNIN: 'false' }))).toBe(false)
  })
})
