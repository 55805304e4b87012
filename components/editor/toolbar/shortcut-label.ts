/** "Mod-Shift-z" → "⌘⇧Z" on Apple keyboards, "Ctrl+Shift+Z" elsewhere, as each platform writes them. */
export function shortcutLabel(keys: string): string {
  const apple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  const parts = keys.split('-').map((part) => {
    if (part === 'Mod') return apple ? '⌘' : 'Ctrl'
    if (part === 'Shift') return apple ? '⇧' : 'Shift'
    if (part === 'Alt') return apple ? '⌥' : 'Alt'
    return part.length === 1 ? part.toUpperCase() : part
  })
  return parts.join(apple ? '' : '+')
}
