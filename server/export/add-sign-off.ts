const trailerLine = /^[A-Za-z0-9-]+: .+$/

/**
 * Adds the DCO `Signed-off-by` trailer. Git reads trailers only from the last
 * paragraph, so it joins an existing trailer block (Co-authored-by…) instead of
 * starting a paragraph of its own, and is not added twice.
 */
export function addSignOff(message: string, author: { name: string; email: string }): string {
  const trailer = `Signed-off-by: ${author.name} <${author.email}>`
  const body = message.replace(/\s+$/, '')
  const paragraphs = body.split(/\n{2,}/)
  const last = paragraphs.at(-1) ?? ''
  const lastIsTrailers = paragraphs.length > 1 && last.split('\n').every((line) => trailerLine.test(line))
  if (lastIsTrailers && last.split('\n').includes(trailer)) return `${body}\n`
  return lastIsTrailers ? `${body}\n${trailer}\n` : `${body}\n\n${trailer}\n`
}
