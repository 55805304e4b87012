import { describe, expect, it } from 'vitest'
import { loadConfig } from './config'

describe('loadConfig', () => {
  it('gives the embedded default when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'file:./data/live-minutes.db',
      COLLAB_MAX_MESSAGE_BYTES: 2 * 1024 * 1024,
    })
  })

  it('takes PostgreSQL and numbers from the environment', () => {
    const c = loadConfig({ DATABASE_URL: 'postgresql://db/minutes', PORT: '8080', COLLAB_MAX_MESSAGE_BYTES: '65536' })
    expect(c).toMatchObject({ DATABASE_URL: 'postgresql://db/minutes', PORT: 8080, COLLAB_MAX_MESSAGE_BYTES: 65536 })
  })

  it('names every variable that is wrong', () => {
    let message = ''
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', LOCAL_SIGNIN: 'maybe', PORT: 'http' })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(/^Invalid configuration/)
    expect(message).toContain('DATABASE_URL: must be file:… (SQLite) or postgresql://…')
    expect(message).toContain('LOCAL_SIGNIN')
    expect(message).toContain('PORT')
  })
})
