// The size limit for one websocket message. ws enforces a hard cap itself
// (closing with 1009 and its own wording); we set that cap above our limit and
// check the limit here, so an oversized paste gets a 4413 the page can explain.
import { CloseCode } from '../../lib/collab/protocol'
import { ProtocolViolation } from './protocol-violation'

const KB = 1024
const MB = 1024 * KB

/** The cap to give ws: twice the limit, so realistic oversized messages still reach our check. */
export function hardPayloadCap(maxMessageBytes: number): number {
  return maxMessageBytes * 2 + 64 * KB
}

export function sizeViolation(byteLength: number, maxMessageBytes: number): ProtocolViolation | null {
  if (byteLength <= maxMessageBytes) return null
  return new ProtocolViolation(
    CloseCode.tooLarge,
    `message of ${formatBytes(byteLength)} exceeds the ${formatBytes(maxMessageBytes)} limit`,
  )
}

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trimmed(bytes / MB)} MB`
  if (bytes >= KB) return `${trimmed(bytes / KB)} KB`
  return `${bytes} bytes`
}

// Rounded up, so a message just over a 2 MB limit never reads as "2 MB".
function trimmed(value: number): string {
  return (Math.ceil(value * 10) / 10).toFixed(1).replace(/\.0$/, '')
}
