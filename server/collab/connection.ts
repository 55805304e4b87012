// One browser tab's socket, and the person its session belongs to.
import type { RawData, WebSocket } from 'ws'
import type { CollabUser } from '../../lib/collab/protocol'
import { sizeViolation } from './message-size'
import { malformed, type ProtocolViolation } from './protocol-violation'

export interface ConnectionEvents {
  frame(frame: Uint8Array): void
  violation(violation: ProtocolViolation): void
  closed(): void
}

/** RFC 6455 allows 123 bytes of close reason. */
const maxCloseReasonBytes = 123

export class Connection {
  private closing = false
  private listening = true
  private answeredPing = true

  constructor(
    private readonly socket: WebSocket,
    readonly user: CollabUser,
    private readonly maxMessageBytes: number,
  ) {
    // Socket errors (bad frames, resets, ws's own payload cap) are followed by
    // 'close'; without a listener they would be thrown and end the process.
    socket.on('error', () => {})
    socket.on('pong', () => {
      this.answeredPing = true
    })
  }

  listen(events: ConnectionEvents): void {
    this.socket.on('message', (data: RawData, isBinary: boolean) => {
      if (this.closing || !this.listening) return
      this.answeredPing = true
      const frame = asBytes(data)
      const violation = isBinary ? sizeViolation(frame.byteLength, this.maxMessageBytes) : malformed('text frames are not part of the protocol')
      if (violation) events.violation(violation)
      else events.frame(frame)
    })
    this.socket.once('close', () => {
      this.closing = true
      events.closed()
    })
  }

  get isOpen(): boolean {
    return !this.closing && this.socket.readyState === this.socket.OPEN
  }

  send(message: Uint8Array): void {
    if (this.isOpen) this.socket.send(message, { binary: true })
  }

  stopListening(): void {
    this.listening = false
  }

  /** Stops reading at once: nothing this client sends after a close counts. */
  close(code: number, reason: string): void {
    if (this.closing) return
    this.closing = true
    this.socket.close(code, truncateUtf8(reason, maxCloseReasonBytes))
  }

  /**
   * Called by the keepalive: a socket that has not answered the last ping (nor
   * sent anything) since the previous check is dead and gets dropped.
   */
  checkAlive(): void {
    if (!this.answeredPing) {
      this.socket.terminate()
      return
    }
    this.answeredPing = false
    if (this.socket.readyState === this.socket.OPEN) this.socket.ping()
  }
}

// ws hands over a Buffer unless binaryType was changed or a message came in fragments.
function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}

function truncateUtf8(text: string, maxBytes: number): string {
  let result = text
  while (Buffer.byteLength(result) > maxBytes) result = result.slice(0, -1)
  return result
}
