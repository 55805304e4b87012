import { describe, expect, it } from 'vitest'
import { deriveConnectionState, isTerminalClose } from './connection-state'

const base = { browserOnline: true, socketStatus: 'disconnected' as const, synced: false, everSynced: false, closed: null }

describe('deriveConnectionState', () => {
  it('is connecting until the first sync, reconnecting after one', () => {
    expect(deriveConnectionState(base)).toEqual({ kind: 'connecting' })
    expect(deriveConnectionState({ ...base, socketStatus: 'connected' })).toEqual({ kind: 'connecting' })
    expect(deriveConnectionState({ ...base, socketStatus: 'connected', synced: true, everSynced: true })).toEqual({ kind: 'connected' })
    expect(deriveConnectionState({ ...base, everSynced: true })).toEqual({ kind: 'reconnecting' })
  })

  it('says offline when the browser does, and a refusal above all', () => {
    expect(deriveConnectionState({ ...base, browserOnline: false, everSynced: true })).toEqual({ kind: 'offline' })
    const closed = { code: 4401, reason: 'session expired' }
    expect(deriveConnectionState({ ...base, browserOnline: false, closed })).toEqual({ kind: 'closed', ...closed })
  })
})

describe('isTerminalClose', () => {
  it('stops for 4400-4499 and for an oversized frame, not for going away', () => {
    expect([4400, 4401, 4404, 4413, 4499, 1009].every(isTerminalClose)).toBe(true)
    expect([1000, 1001, 1006, 1011, 4500].some(isTerminalClose)).toBe(false)
  })
})
