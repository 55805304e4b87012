import type { IndexeddbPersistence } from 'y-indexeddb'
import type { PendingChange, UnsavedChanges } from './unsaved-changes'

const key = 'unsaved-changes'
const debounceMs = 250

function isPendingChange(value: unknown): value is PendingChange {
  if (typeof value !== 'object' || value === null) return false
  const { client, clock } = value as Record<string, unknown>
  return typeof client === 'number' && (clock === null || typeof clock === 'number')
}

function parse(stored: unknown): PendingChange[] {
  if (typeof stored !== 'string') return []
  try {
    const parsed: unknown = JSON.parse(stored)
    return Array.isArray(parsed) ? parsed.filter(isPendingChange) : []
  } catch {
    return []
  }
}

/**
 * Keeps the list of unsaved changes beside the document in the browser
 * cache. The document itself comes back after a reload; without this list,
 * a tab reopened offline would claim that nothing was waiting to be saved.
 */
export class PendingChangesMemory {
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly cache: IndexeddbPersistence,
    private readonly unsaved: UnsavedChanges,
  ) {}

  async recall(): Promise<void> {
    const stored = await this.cache.get(key).catch(() => undefined)
    this.unsaved.restore(parse(stored))
  }

  /** Writes soon: counts change with every keystroke, and one write covers many. */
  rememberSoon(): void {
    this.timer ??= setTimeout(() => this.rememberNow(), debounceMs)
  }

  rememberNow(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    if (this.cache._destroyed || !this.cache.db) return
    void this.cache.set(key, JSON.stringify(this.unsaved.snapshot())).catch(() => {})
  }
}
