import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffImageType } from './sniff-image-type'
import { makePng } from './testing/make-png'

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'testing', 'fixtures', name)))
const text = (s: string) => new TextEncoder().encode(s)

describe('sniffImageType', () => {
  it('knows PNG, JPEG, GIF and WebP by their bytes', () => {
    expect(sniffImageType(makePng(4, 3))).toBe('png')
    expect(sniffImageType(fixture('pixel.jpg'))).toBe('jpg')
    expect(sniffImageType(fixture('pixel.gif'))).toBe('gif')
    expect(sniffImageType(fixture('pixel.webp'))).toBe('webp')
  })

  it('names SVG, with or without an XML declaration, comment or doctype before it', () => {
    expect(sniffImageType(fixture('script.svg'))).toBe('svg')
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg')
    expect(sniffImageType(text('\uFEFF  <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<SVG>'))).toBe('svg')
  })

  it('knows nothing else, whatever its name says', () => {
    expect(sniffImageType(text('<html><body><svg></svg></body></html>'))).toBeNull()
    expect(sniffImageType(text('GIF88a not a gif'))).toBeNull()
    expect(sniffImageType(text('RIFF\0\0\0\0WAVEfmt '))).toBeNull()
    expect(sniffImageType(makePng(2, 2).subarray(1))).toBeNull()
    expect(sniffImageType(new Uint8Array([0x89, 0x50]))).toBeNull()
    expect(sniffImageType(new Uint8Array())).toBeNull()
  })
})
