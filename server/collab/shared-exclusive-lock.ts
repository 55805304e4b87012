// Lets many holders share the lock, or one hold it alone. Waiting exclusive
// holders go first, so a steady stream of shared holders cannot starve them.
export class SharedExclusiveLock {
  private sharedHolders = 0
  private exclusiveHeld = false
  private readonly waiting: Array<{ exclusive: boolean; grant: () => void }> = []

  async shared<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire(false)
    try {
      return await work()
    } finally {
      this.sharedHolders--
      this.grantWaiting()
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire(true)
    try {
      return await work()
    } finally {
      this.exclusiveHeld = false
      this.grantWaiting()
    }
  }

  private acquire(exclusive: boolean): Promise<void> {
    if (this.waiting.length === 0 && this.canGrant(exclusive)) {
      this.take(exclusive)
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push({ exclusive, grant: resolve }))
  }

  private canGrant(exclusive: boolean): boolean {
    return exclusive ? !this.exclusiveHeld && this.sharedHolders === 0 : !this.exclusiveHeld
  }

  private take(exclusive: boolean): void {
    if (exclusive) this.exclusiveHeld = true
    else this.sharedHolders++
  }

  private grantWaiting(): void {
    for (let next = this.waiting[0]; next && this.canGrant(next.exclusive); next = this.waiting[0]) {
      this.waiting.shift()
      this.take(next.exclusive)
      next.grant()
    }
  }
}
