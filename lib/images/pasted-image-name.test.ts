import { describe, expect, it } from 'vitest'
import { isPastedImageName, pastedImageNameOf } from './pasted-image-name'

const uuid = '0b6f3c52-3f7e-4d8a-9a5e-2f1c7d9e4b10'

describe('pasted image names', () => {
  it('are a lower-case uuid and one of the stored types', () => {
    for (const ext of ['png', 'jpg', 'gif', 'webp']) expect(isPastedImageName(`${uuid}.${ext}`)).toBe(true)
    for (const name of [`${uuid}.svg`, `${uuid}.PNG`, `${uuid.toUpperCase()}.png`, `${uuid}.png.exe`, `x${uuid}.png`, `${uuid}`, `../${uuid}.png`, `a/${uuid}.png`]) {
      expect(isPastedImageName(name), name).toBe(false)
    }
  })

  it('are read from a source next to the minutes, with or without ./, and from nothing else', () => {
    expect(pastedImageNameOf(`${uuid}.png`)).toBe(`${uuid}.png`)
    expect(pastedImageNameOf(`./${uuid}.png`)).toBe(`${uuid}.png`)
    expect(pastedImageNameOf(`https://example.org/${uuid}.png`)).toBeNull()
    expect(pastedImageNameOf(`/${uuid}.png`)).toBeNull()
    expect(pastedImageNameOf(`.//${uuid}.png`)).toBeNull()
    expect(pastedImageNameOf('diagram.png')).toBeNull()
  })
})
