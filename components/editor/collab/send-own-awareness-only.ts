import type { WebsocketProvider } from 'y-websocket'

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * y-websocket forwards every awareness change it hears, the other people's
 * states it has just received included, so each caret move comes back to the
 * server once from every other client. Besides the traffic, echoing a state
 * the server has just dropped lets that echo claim the person's client id on
 * the server, and the person then vanishes from everyone's presence row. Only
 * this tab's own state is ours to send; returns the undo.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): () => void {
  const { awareness } = provider
  const forwardEverything = provider._awarenessUpdateHandler
  const forwardOwn = ({ added, updated, removed }: AwarenessChanges, origin: unknown) => {
    const own = awareness.clientID
    if (![...added, ...updated, ...removed].includes(own)) return
    forwardEverything({ added: [], updated: [own], removed: [] }, origin)
  }
  awareness.off('update', forwardEverything)
  awareness.on('update', forwardOwn)
  return () => awareness.off('update', forwardOwn)
}
