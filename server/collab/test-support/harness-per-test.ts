// Test support: servers whose lifetime follows the tests, with clients closed
// afterwards and the server's own errors failing the test.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import type { CollabServerOptions } from '../collab-server'
import { connectClient, startHarness, whenSynced, type CollabHarness, type TestClient } from './collab-harness'

export function harnessPerTest(meetingIds: string[] = ['m1'], overrides: Partial<Omit<CollabServerOptions, 'db'>> = {}) {
  let current: CollabHarness | undefined
  const clients: TestClient[] = []

  beforeEach(async () => {
    current = await startHarness(meetingIds, overrides)
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await current?.dispose()
    expect(current?.errors).toEqual([])
  })

  const harness = (): CollabHarness => {
    if (!current) throw new Error('the harness only exists inside a test')
    return current
  }
  return {
    get harness() {
      return harness()
    },
    client(login: string, meetingId = meetingIds[0]!): TestClient {
      const c = connectClient(harness().port, meetingId, login)
      clients.push(c)
      return c
    },
  }
}

/**
 * One server for the whole file, with two well-behaved clients already synced
 * in m1: the bystanders that must not notice what a misbehaving client does.
 */
export function harnessWithBystanders(logins: [string, string], overrides: Partial<Omit<CollabServerOptions, 'db'>> = {}) {
  let state: { harness: CollabHarness; bystanders: [TestClient, TestClient] } | undefined

  beforeAll(async () => {
    const harness = await startHarness(['m1'], overrides)
    const bystanders: [TestClient, TestClient] = [connectClient(harness.port, 'm1', logins[0]), connectClient(harness.port, 'm1', logins[1])]
    await Promise.all(bystanders.map(whenSynced))
    state = { harness, bystanders }
  })
  afterAll(async () => {
    for (const c of state?.bystanders ?? []) c.destroy()
    await state?.harness.dispose()
    expect(state?.harness.errors).toEqual([])
  })

  const current = () => {
    if (!state) throw new Error('the harness only exists inside a test')
    return state
  }
  return {
    get harness() {
      return current().harness
    },
    get bystanders() {
      return current().bystanders
    },
  }
}
