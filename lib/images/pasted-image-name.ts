/** The image types the app stores, by the extension their file gets. */
export const pastedImageTypes = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const

export type PastedImageExtension = keyof typeof pastedImageTypes

// `<uuid>.<ext>`: the name a pasted image is stored, linked and committed
// under. Nothing else may pass, so a name can never climb out of the folder
// the minutes are committed to.
const pastedImageName = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:png|jpg|gif|webp)$/

export function isPastedImageName(name: string): boolean {
  return pastedImageName.test(name)
}

/**
 * The stored image an image source in the minutes refers to, or null for any
 * other source (`https://…`, a path into another folder). `./<uuid>.png` is the
 * same file as `<uuid>.png` next to the minutes.
 */
export function pastedImageNameOf(src: string): string | null {
  const name = src.startsWith('./') ? src.slice(2) : src
  return isPastedImageName(name) ? name : null
}
