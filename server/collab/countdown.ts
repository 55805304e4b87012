// A restartable timeout. Unref'd: a pending compaction or unload is never a
// reason for the process to stay alive.
export class Countdown {
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly ms: number,
    private readonly onElapsed: () => void,
  ) {}

  restart(): void {
    this.stop()
    this.timer = setTimeout(() => {
      this.timer = null
      this.onElapsed()
    }, this.ms)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
