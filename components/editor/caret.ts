import { readableTextColor } from '@/components/ui/readable-text-color'

interface CaretUser {
  name?: unknown
  login?: unknown
  color?: unknown
}

/**
 * The other people's carets: a thin bar in their colour with their name
 * above it. Built by hand (not Tiptap's default) to pick a readable label
 * colour. Hidden from screen readers: names in the middle of the text would
 * be read as content; the presence row says who is here.
 */
export function renderCaret(user: CaretUser): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#64748b'
  const name = typeof user.name === 'string' && user.name ? user.name : 'Someone'
  const caret = document.createElement('span')
  caret.className = 'collab-caret'
  caret.style.setProperty('--caret-color', color)
  caret.setAttribute('aria-hidden', 'true')
  if (typeof user.login === 'string') caret.dataset.login = user.login

  const label = document.createElement('span')
  label.className = 'collab-caret__label'
  label.style.color = readableTextColor(color)
  label.textContent = name
  caret.append(label)
  return caret
}
