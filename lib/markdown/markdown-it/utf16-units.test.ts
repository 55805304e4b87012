import { describe, expect, it } from 'vitest'
import { utf16Units } from './utf16-units'

describe('utf16Units', () => {
  it('gives the code units split and charCodeAt give, surrogates and NULs included', () => {
    const text = `\u1d41<\xd5\0\0\ud835\udd6b\uffff${'x'.repeat(5000)}a`
    const expected = new Uint16Array(text.split('').map((c) => c.charCodeAt(0)))
    expect(utf16Units(text)).toEqual(expected)
    expect(utf16Units('\u0200a')).toEqual(new Uint16Array([0x200, 0x61]))
    expect(utf16Units('')).toEqual(new Uint16Array(0))
  })
})
