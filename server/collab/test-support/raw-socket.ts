// Test support: a bare websocket that speaks whatever bytes a test wants, to
// play the misbehaving client.
import { WebSocket } from 'ws'

export interface RawSocket {
  socket: WebSocket
  received: Uint8Array[]
  closed: Promise<{ code: number; reason: string }>
}

export async function openRawSocket(port: number, meetingId: string, login: string): Promise<RawSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/collab/${meetingId}?user=${login}`)
  const received: Uint8Array[] = []
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  socket.on('error', () => {}) // the server may cut us off mid-send
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with ${res.statusCode}`)))
  })
  return { socket, received, closed }
}
