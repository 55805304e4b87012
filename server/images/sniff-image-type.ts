import type { PastedImageExtension } from '../../lib/images/pasted-image-name'

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b)
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

// An SVG is XML text whose root is <svg>, perhaps after a byte-order mark, an
// XML declaration, comments or a doctype. It can carry script, so it is named
// to be refused rather than stored.
const svgStart = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>/]/i

/**
 * What the bytes are, from their magic numbers: the header a browser sends is
 * the name the user's system gave the file, not a fact about its contents.
 */
export function sniffImageType(bytes: Uint8Array): PastedImageExtension | 'svg' | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096))
  if (svgStart.test(head)) return 'svg'
  return null
}
