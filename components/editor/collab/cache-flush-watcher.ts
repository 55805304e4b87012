import type { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

/**
 * Knows whether every change so far is on disk in the browser. y-indexeddb
 * stores each update in a transaction of its own and never says when it is
 * done, and a tab closed while some are queued loses them. A read-only
 * transaction on the same store only starts once every read-write one
 * created before it has finished, so its completion is that signal.
 */
export class CacheFlushWatcher {
  stored = true
  private checking = false
  private dirtySinceCheck = false

  constructor(
    private readonly cache: IndexeddbPersistence,
    private readonly doc: Y.Doc,
    private readonly onChange: () => void,
  ) {
    doc.on('update', this.onUpdate)
  }

  destroy() {
    this.doc.off('update', this.onUpdate)
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.cache) return
    this.dirtySinceCheck = true
    if (this.stored) {
      this.stored = false
      this.onChange()
    }
    // After y-indexeddb's own listener has opened its write for this update.
    if (!this.checking) queueMicrotask(() => this.check())
  }

  private check() {
    const { db } = this.cache
    if (!db || this.cache._destroyed || this.checking) return
    this.checking = true
    this.dirtySinceCheck = false
    let probe: IDBTransaction
    try {
      probe = db.transaction(['updates'], 'readonly')
    } catch {
      this.checking = false
      return
    }
    const settle = (ok: boolean) => {
      this.checking = false
      if (this.dirtySinceCheck) return this.check()
      if (ok && !this.stored) {
        this.stored = true
        this.onChange()
      }
    }
    probe.oncomplete = () => settle(true)
    probe.onabort = () => settle(false)
  }
}
