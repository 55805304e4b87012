// Runs a task once, after everything that arrived in this event-loop turn has
// been handled: setImmediate fires after the poll phase, by which time every
// socket that had data this turn has delivered it. That is what lets a room
// merge what 100 editors sent "at the same time" into one write and one send.
export class EndOfTurnTask {
  private handle: NodeJS.Immediate | null = null

  constructor(private readonly task: () => void) {}

  request(): void {
    this.handle ??= setImmediate(() => {
      this.handle = null
      this.task()
    })
  }

  cancel(): void {
    if (this.handle) clearImmediate(this.handle)
    this.handle = null
  }
}
