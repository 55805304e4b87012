// Route handlers change live documents through the collaboration server the
// host process started. Held on globalThis because Next bundles route handlers
// into a module graph of their own (see process-doc-store.ts).
import type { CollabServer } from './collab-server'

const holder = globalThis as typeof globalThis & { __liveMinutesCollabServer?: CollabServer }

/** Called once by the host process after it creates the collaboration server. */
export function registerCollabServer(server: CollabServer): void {
  holder.__liveMinutesCollabServer = server
}

/** The process's collaboration server, or null when none runs here (e.g. a bare `next dev`). */
export function processCollabServer(): CollabServer | null {
  return holder.__liveMinutesCollabServer ?? null
}
