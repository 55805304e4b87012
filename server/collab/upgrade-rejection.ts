// Refusing a websocket upgrade is plain HTTP: the browser (and y-websocket)
// only sees that the socket failed, but tools and logs see the status.
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

export class UpgradeRejection extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'UpgradeRejection'
  }
}

export function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return
  const body = `${message}\n`
  // Destroyed once flushed: the response must arrive, the connection must not linger.
  socket.once('finish', () => socket.destroy())
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
      'Connection: close',
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n'),
  )
}
