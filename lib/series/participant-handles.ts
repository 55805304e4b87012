/** The handles listed under a minutes file's Participants heading, in order, once each. */
export function participantHandles(markdown: string): string[] {
  const found = new Set<string>()
  let inside = false
  for (const line of markdown.split('\n')) {
    if (/^#{1,6}\s/.test(line)) {
      inside = /participants/i.test(line)
      continue
    }
    const handle = inside ? /^\s*[-*+]\s+@([A-Za-z0-9-]+)/.exec(line)?.[1] : undefined
    if (handle) found.add(handle)
  }
  return [...found]
}
