import { Buffer } from 'node:buffer'

/** Whether a Uint16Array reads bytes as little-endian, as on x86 and ARM; node:os would say so too, but loads for it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/**
 * The UTF-16 code units of `text`, as `new Uint16Array(text.split('').map(
 * (c) => c.charCodeAt(0)))` gives them, copied natively: the CLI's bundle
 * builds entities' decoding tables with it (see bin/build-bundle.cjs).
 */
export function utf16Units(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le')
  if (!LITTLE_ENDIAN) bytes.swap16()
  // Copied out, as a small Buffer may sit at an odd offset of Node's shared pool.
  return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
}
