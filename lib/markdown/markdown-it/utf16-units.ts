import { Buffer } from 'node:buffer'
import { endianness } from 'node:os'

/**
 * The UTF-16 code units of `text`, as `new Uint16Array(text.split('').map(
 * (c) => c.charCodeAt(0)))` gives them, copied natively: the CLI's bundle
 * builds entities' decoding tables with it (see bin/build-bundle.cjs).
 */
export function utf16Units(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le')
  // A Uint16Array reads the machine's byte order.
  if (endianness() === 'BE') bytes.swap16()
  // Copied out, as a small Buffer may sit at an odd offset of Node's shared pool.
  return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
}
