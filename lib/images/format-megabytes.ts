/** A size as people read it in a message: "10 MB", "2.5 MB", "0.1 MB". */
export function formatMegabytes(bytes: number): string {
  return `${Math.max(0.1, Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
}
