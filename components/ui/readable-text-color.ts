/**
 * Black or white, whichever reads better on the given #rrggbb background
 * (WCAG relative luminance); people's colours range from pale to deep.
 */
export function readableTextColor(background: string): '#111827' | '#ffffff' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background)
  if (!match) return '#ffffff'
  const [r, g, b] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const contrastWithWhite = 1.05 / (luminance + 0.05)
  const contrastWithInk = (luminance + 0.05) / (0.0144 + 0.05)
  return contrastWithWhite >= contrastWithInk ? '#ffffff' : '#111827'
}
