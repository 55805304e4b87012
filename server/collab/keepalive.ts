// Drops connections whose peer vanished without closing (laptop lid shut,
// network gone): they would otherwise hold their room and cursor forever.
import type { Connection } from './connection'

export class Keepalive {
  private readonly timer: NodeJS.Timeout

  constructor(intervalMs: number, connections: () => Iterable<Connection>) {
    this.timer = setInterval(() => {
      for (const connection of connections()) connection.checkAlive()
    }, intervalMs)
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
  }
}
