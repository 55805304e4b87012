/**
 * What people type into a link box is rarely a full URL: "example.org/x"
 * should become https, an address should become mailto, and anything with a
 * scheme of its own is left alone (the Link extension refuses unsafe ones).
 */
export function linkTarget(typed: string): string | null {
  const text = typed.trim()
  if (!text) return null
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/') || text.startsWith('#')) return text
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`
  return `https://${text}`
}
