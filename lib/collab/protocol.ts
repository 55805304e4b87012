// What the browser and the collaboration server agree on, beyond the
// y-websocket protocol itself (message types 0-3 are y-websocket's).

export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Server → client, after an update batch is durable: varUint(4) then the
   * document's encoded state vector. Everything at or below it is saved, which
   * is how the page counts "N changes not yet saved".
   */
  saved: 4,
} as const

/**
 * Close codes. 4400-4499 mirror HTTP 4xx: y-websocket does not reconnect after
 * them, because retrying cannot help.
 */
export const CloseCode = {
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  tooLarge: 4413,
  /** The meeting is read-only: its pull request was merged and the series locks merged minutes. */
  locked: 4423,
  /** The server is shutting down or unloading the room; reconnecting is right. */
  goingAway: 1001,
} as const

/** Path of a meeting's socket: same origin as the pages, so cookies just work. */
export const collabPath = (meetingId: string) => `/collab/${encodeURIComponent(meetingId)}`
export const collabPathPattern = /^\/collab\/([^/?#]+)$/

/** The identity the server puts in every awareness state; clients cannot choose it. */
export interface CollabUser {
  login: string
  name: string
  color: string
}
