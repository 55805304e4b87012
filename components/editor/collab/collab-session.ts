import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { collabPath, type CollabUser } from '@/lib/collab/protocol'
import { CacheFlushWatcher } from './cache-flush-watcher'
import { deriveConnectionState, isTerminalClose, type ConnectionState } from './connection-state'
import { diagnoseRefusal } from './diagnose-refusal'
import { onSavedMessage } from './saved-message'
import { sendOwnAwarenessOnly } from './send-own-awareness-only'
import { UnsavedChanges, type PendingChange } from './unsaved-changes'

export interface CollabSnapshot {
  /** The browser cache has been read into the document, so the editor can show it. */
  loaded: boolean
  /** False where IndexedDB is unavailable (some private windows): typing then lives only in memory. */
  cacheAvailable: boolean
  /** Every change so far is on disk in this browser, so closing the tab loses nothing. */
  storedInBrowser: boolean
  connection: ConnectionState
  unsaved: number
}

const pendingChangesKey = 'unsaved-changes'

/** Failed attempts in a row before asking the pages why; a single failure is usually just a blip. */
const failuresBeforeDiagnosis = 2
const failuresBetweenDiagnoses = 10

function parsePendingChanges(stored: unknown): PendingChange[] {
  if (typeof stored !== 'string') return []
  try {
    const parsed: unknown = JSON.parse(stored)
    return Array.isArray(parsed) ? parsed.filter(isPendingChange) : []
  } catch {
    return []
  }
}

function isPendingChange(value: unknown): value is PendingChange {
  if (typeof value !== 'object' || value === null) return false
  const { client, clock } = value as Record<string, unknown>
  return typeof client === 'number' && (clock === null || typeof clock === 'number')
}

export const cacheName = (meetingId: string) => `live-minutes/meeting/${meetingId}`

function socketAddress(meetingId: string): { serverUrl: string; room: string } {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  const full = `${scheme}//${window.location.host}${collabPath(meetingId)}`
  const cut = full.lastIndexOf('/')
  return { serverUrl: full.slice(0, cut), room: full.slice(cut + 1) }
}

/**
 * Everything behind one meeting's editor: the Y.Doc, its browser cache and
 * its socket, and the facts the page shows about them. Lives outside React
 * so that creating and tearing it down is explicit (Strict Mode mounts twice).
 */
export class CollabSession {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  private readonly cache: IndexeddbPersistence
  private readonly unsaved: UnsavedChanges
  private readonly cacheFlush: CacheFlushWatcher
  private readonly listeners = new Set<() => void>()
  private readonly cleanups: Array<() => void> = []
  private destroyed = false
  private openedThisAttempt = false
  private failuresInARow = 0

  private facts = {
    browserOnline: true,
    socketStatus: 'disconnected' as 'connecting' | 'connected' | 'disconnected',
    synced: false,
    everSynced: false,
    closed: null as { code: number; reason: string } | null,
  }
  private snapshot: CollabSnapshot

  constructor(
    readonly meetingId: string,
    readonly user: CollabUser,
  ) {
    const { serverUrl, room } = socketAddress(meetingId)
    // Connecting waits for the cache, so the first handshake already offers
    // whatever was typed offline in an earlier visit.
    this.provider = new WebsocketProvider(serverUrl, room, this.doc, {
      connect: false,
      shouldReconnect: (event) => !isTerminalClose(event.code),
    })
    this.provider.awareness.setLocalStateField('user', user)
    this.cache = new IndexeddbPersistence(cacheName(meetingId), this.doc)
    this.unsaved = new UnsavedChanges(this.doc, (origin) => origin === this.provider || origin === this.cache)
    this.cacheFlush = new CacheFlushWatcher(this.cache, this.doc, () => this.update())
    this.facts.browserOnline = navigator.onLine
    this.snapshot = {
      loaded: false,
      cacheAvailable: true,
      storedInBrowser: true,
      connection: deriveConnectionState(this.facts),
      unsaved: 0,
    }
    this.wireProvider()
    this.wireBrowser()
    this.cleanups.push(this.unsaved.subscribe(() => this.update()))
    void this.openCache()
  }

  getSnapshot = (): CollabSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.persistPendingChanges()
    for (const cleanup of this.cleanups) cleanup()
    this.unsaved.destroy()
    this.cacheFlush.destroy()
    this.provider.destroy()
    this.provider.awareness.destroy()
    void this.cache.destroy()
    this.doc.destroy()
    this.listeners.clear()
  }

  private async openCache() {
    const cacheReady = this.cache.whenSynced.then(() => true)
    const cacheFailed = this.cache._db.then(
      () => new Promise<boolean>(() => {}),
      () => false,
    )
    const cacheAvailable = await Promise.race([cacheReady, cacheFailed])
    if (this.destroyed) return
    if (cacheAvailable) {
      const remembered = await this.cache.get(pendingChangesKey).catch(() => undefined)
      if (this.destroyed) return
      this.unsaved.restore(parsePendingChanges(remembered))
    }
    this.snapshot = { ...this.snapshot, cacheAvailable }
    this.markLoaded()
    if (this.facts.browserOnline) this.provider.connect()
  }

  private markLoaded() {
    this.snapshot = { ...this.snapshot, loaded: true }
    this.update()
  }

  private wireProvider() {
    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      this.facts.socketStatus = status
      if (status === 'connecting') this.openedThisAttempt = false
      if (status === 'connected') {
        this.openedThisAttempt = true
        this.failuresInARow = 0
      }
      if (status === 'disconnected') this.forgetAbsentPeersClocks()
      this.update()
    }
    const onConnectionClose = (event: CloseEvent | null) => {
      // A null event is our own disconnect (offline, leaving), not the server's answer.
      if (event === null || this.openedThisAttempt || !this.facts.browserOnline) return
      this.failuresInARow += 1
      const n = this.failuresInARow - failuresBeforeDiagnosis
      if (n >= 0 && n % failuresBetweenDiagnoses === 0) void this.diagnose()
    }
    const onSync = (synced: boolean) => {
      this.facts.synced = synced
      if (synced) this.facts.everSynced = true
      this.unsaved.setConnectionSynced(synced)
      this.update()
    }
    const onClosed = (event: { code: number; reason: string }) => {
      this.facts.closed = { code: event.code, reason: event.reason }
      this.update()
    }
    this.provider.on('status', onStatus)
    this.provider.on('sync', onSync)
    this.provider.on('closed', onClosed)
    this.provider.on('connection-close', onConnectionClose)
    const stopSaved = onSavedMessage(this.provider, (stateVector) => this.unsaved.acknowledge(stateVector))
    const stopOwnAwareness = sendOwnAwarenessOnly(this.provider)
    this.cleanups.push(() => {
      this.provider.off('status', onStatus)
      this.provider.off('sync', onSync)
      this.provider.off('closed', onClosed)
      this.provider.off('connection-close', onConnectionClose)
      stopSaved()
      stopOwnAwareness()
    })
  }

  /**
   * y-websocket drops the other people's states when the socket closes but
   * keeps their clocks, and y-protocols ignores a state whose clock it has
   * seen: after a reconnect, the server's list of who is here would be
   * ignored until each person's next change. Forgetting the clocks of the
   * departed lets that list through at once.
   */
  private forgetAbsentPeersClocks() {
    const { awareness } = this.provider
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId)
    }
  }

  private async diagnose() {
    const refusal = await diagnoseRefusal(this.meetingId)
    if (!refusal || this.destroyed || this.facts.synced) return
    this.provider.disconnect()
    this.facts.closed = refusal
    this.update()
  }

  private wireBrowser() {
    // A socket can look open for a long while after the network is gone;
    // trusting the browser's own signal shows "offline" at once and lets the
    // reconnect start the moment the network is back.
    const goOffline = () => {
      this.facts.browserOnline = false
      this.provider.disconnect()
      this.update()
    }
    const goOnline = () => {
      this.facts.browserOnline = true
      if (this.snapshot.loaded && !this.facts.closed) this.provider.connect()
      this.update()
    }
    // Closing the tab must not lose the count of what was typed offline.
    const rememberPending = () => this.persistPendingChanges()
    window.addEventListener('offline', goOffline)
    window.addEventListener('online', goOnline)
    window.addEventListener('pagehide', rememberPending)
    this.cleanups.push(() => {
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      window.removeEventListener('pagehide', rememberPending)
    })
  }

  private persistTimer: ReturnType<typeof setTimeout> | null = null

  private schedulePersistPendingChanges() {
    if (this.persistTimer !== null) return
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null
      this.persistPendingChanges()
    }, 250)
  }

  private persistPendingChanges() {
    if (this.persistTimer !== null) {
      clearTimeout(this.persistTimer)
      this.persistTimer = null
    }
    if (!this.snapshot.loaded || !this.snapshot.cacheAvailable || this.cache._destroyed) return
    void this.cache.set(pendingChangesKey, JSON.stringify(this.unsaved.snapshot())).catch(() => {})
  }

  private update() {
    if (this.destroyed) return
    const connection = deriveConnectionState(this.facts)
    const unsaved = this.unsaved.count
    const storedInBrowser = this.cacheFlush.stored
    if (unsaved !== this.snapshot.unsaved) this.schedulePersistPendingChanges()
    const changed =
      unsaved !== this.snapshot.unsaved ||
      storedInBrowser !== this.snapshot.storedInBrowser ||
      JSON.stringify(connection) !== JSON.stringify(this.snapshot.connection)
    if (changed) this.snapshot = { ...this.snapshot, connection, unsaved, storedInBrowser }
    for (const listener of this.listeners) listener()
  }
}
