import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { collabPath, type CollabUser } from '@/lib/collab/protocol'
import { CacheFlushWatcher } from './cache-flush-watcher'
import { deriveConnectionState, isTerminalClose, type ConnectionState } from './connection-state'
import { PendingChangesMemory } from './pending-changes-memory'
import { watchForRefusals } from './refusal-watch'
import { onSavedMessage } from './saved-message'
import { sendOwnAwarenessOnly } from './send-own-awareness-only'
import { UnsavedChanges } from './unsaved-changes'

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
  private readonly pendingMemory: PendingChangesMemory
  private readonly listeners = new Set<() => void>()
  private readonly cleanups: Array<() => void> = []
  private destroyed = false

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
    this.pendingMemory = new PendingChangesMemory(this.cache, this.unsaved)
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
    if (this.snapshot.loaded) this.pendingMemory.rememberNow()
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
    if (cacheAvailable) await this.pendingMemory.recall()
    if (this.destroyed) return
    this.snapshot = { ...this.snapshot, cacheAvailable, loaded: true }
    this.update()
    if (this.facts.browserOnline) this.provider.connect()
  }

  private wireProvider() {
    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
      this.facts.socketStatus = status
      if (status === 'disconnected') this.forgetAbsentPeersClocks()
      this.update()
    }
    const onSync = (synced: boolean) => {
      this.facts.synced = synced
      if (synced) this.facts.everSynced = true
      this.unsaved.setConnectionSynced(synced)
      this.update()
    }
    const onClosed = ({ code, reason }: { code: number; reason: string }) => {
      this.facts.closed = { code, reason }
      this.update()
    }
    this.provider.on('status', onStatus)
    this.provider.on('sync', onSync)
    this.provider.on('closed', onClosed)
    const stopSaved = onSavedMessage(this.provider, (stateVector) => this.unsaved.acknowledge(stateVector))
    const stopOwnAwareness = sendOwnAwarenessOnly(this.provider)
    const stopRefusalWatch = watchForRefusals(this.provider, this.meetingId, () => this.facts.browserOnline, onClosed)
    this.cleanups.push(() => {
      this.provider.off('status', onStatus)
      this.provider.off('sync', onSync)
      this.provider.off('closed', onClosed)
      stopSaved()
      stopOwnAwareness()
      stopRefusalWatch()
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
    const rememberPending = () => {
      if (this.snapshot.loaded) this.pendingMemory.rememberNow()
    }
    window.addEventListener('offline', goOffline)
    window.addEventListener('online', goOnline)
    window.addEventListener('pagehide', rememberPending)
    this.cleanups.push(() => {
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      window.removeEventListener('pagehide', rememberPending)
    })
  }

  private update() {
    if (this.destroyed) return
    const connection = deriveConnectionState(this.facts)
    const unsaved = this.unsaved.count
    const storedInBrowser = this.cacheFlush.stored
    if (unsaved !== this.snapshot.unsaved && this.snapshot.loaded) this.pendingMemory.rememberSoon()
    const changed =
      unsaved !== this.snapshot.unsaved ||
      storedInBrowser !== this.snapshot.storedInBrowser ||
      JSON.stringify(connection) !== JSON.stringify(this.snapshot.connection)
    if (changed) this.snapshot = { ...this.snapshot, connection, unsaved, storedInBrowser }
    for (const listener of this.listeners) listener()
  }
}
