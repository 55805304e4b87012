import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { authenticateFromQuery, startHarness, type CollabHarness } from './test-support/collab-harness'
import { openRawSocket } from './test-support/raw-socket'

/** A websocket upgrade by hand, to see the HTTP answer a browser would not show. */
function upgrade(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': Buffer.from('0123456789abcdef').toString('base64'),
      },
    })
    req.on('upgrade', (res, socket) => {
      socket.destroy()
      resolve({ status: res.statusCode ?? 0, body: '' })
    })
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('collaboration server: upgrade', () => {
  let harness: CollabHarness
  let authFails = false

  beforeEach(async () => {
    authFails = false
    harness = await startHarness(['m1'], {
      authenticate: (req) => (authFails ? Promise.reject(new Error('session store unreachable')) : authenticateFromQuery(req)),
    })
  })
  afterEach(async () => {
    await harness.dispose()
  })

  it('answers 401 without a session', async () => {
    expect(await upgrade(harness.port, '/collab/m1')).toEqual({ status: 401, body: 'sign in to edit the minutes\n' })
    expect(await upgrade(harness.port, '/collab/m1?user=stranger')).toMatchObject({ status: 401 })
    expect(harness.collab.rooms.size).toBe(0)
  })

  it('answers 404 for a meeting that does not exist', async () => {
    expect(await upgrade(harness.port, '/collab/nope?user=alice')).toEqual({ status: 404, body: 'no meeting nope\n' })
    expect(harness.collab.rooms.size).toBe(0)
  })

  it('answers 400 for a path that names no meeting', async () => {
    for (const path of ['/collab/?user=alice', '/collab/m1/extra?user=alice', '/elsewhere?user=alice', '/collab/%E0%A4%A?user=alice']) {
      expect(await upgrade(harness.port, path)).toMatchObject({ status: 400 })
    }
  })

  it('answers 500 when authentication itself fails, and reports it', async () => {
    authFails = true
    expect(await upgrade(harness.port, '/collab/m1?user=alice')).toMatchObject({ status: 500 })
    expect(harness.errors).toHaveLength(1)
    harness.errors.length = 0
  })

  it('upgrades a signed-in user to an existing meeting', async () => {
    expect(await upgrade(harness.port, '/collab/m1?user=alice')).toEqual({ status: 101, body: '' })
    const socket = await openRawSocket(harness.port, 'm1', 'alice')
    socket.socket.close()
    expect((await socket.closed).code).toBe(1005)
  })

  it('answers 503 once shutting down', async () => {
    await harness.collab.close()
    expect(await upgrade(harness.port, '/collab/m1?user=alice')).toEqual({ status: 503, body: 'the server is shutting down\n' })
  })
})
