import { pastedImageNameOf } from './pasted-image-name'

/**
 * Where the browser loads an image of the minutes from. The document keeps a
 * pasted image's bare `<uuid>.<ext>`, the link the exported file uses next to
 * it; the page shows it from the meeting's image route. Any other source
 * (`https://…`) is shown as it is.
 */
export function meetingImageSrc(meetingId: string, src: string): string {
  const name = pastedImageNameOf(src)
  return name ? `/api/meetings/${encodeURIComponent(meetingId)}/images/${name}` : src
}
