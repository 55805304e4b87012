// Keyed by meeting id inside this process only. With more than one server
// instance, two clicks can land on two instances; the scale-out issue's Redis
// lock has to wrap exportMinutes then. Until it does, the engine still finds an
// existing open pull request before opening one, so the window is a race
// between two instances within the same second, not every double click.
const tails = new Map<string, Promise<void>>()

/** Runs `task` after every earlier task with the same key has settled. */
export async function runExclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve()
  let release: () => void = () => {}
  const mine = new Promise<void>((resolve) => (release = resolve))
  const tail = before.then(() => mine)
  tails.set(key, tail)
  try {
    await before
    return await task()
  } finally {
    release()
    if (tails.get(key) === tail) tails.delete(key)
  }
}
