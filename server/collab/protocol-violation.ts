// A client broke the protocol. It carries the close code and the reason the
// client gets, so the room can drop that one connection and carry on.
import { CloseCode } from '../../lib/collab/protocol'

export class ProtocolViolation extends Error {
  constructor(
    readonly closeCode: number,
    reason: string,
  ) {
    super(reason)
    this.name = 'ProtocolViolation'
  }
}

export function malformed(reason: string): ProtocolViolation {
  return new ProtocolViolation(CloseCode.malformed, reason)
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
