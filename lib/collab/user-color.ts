// A person's colour is derived from their handle, so it is the same in every
// browser and every session without being stored anywhere.
const palette = ['#e11d48', '#d97706', '#059669', '#0284c7', '#7c3aed', '#db2777', '#0d9488', '#4f46e5', '#ea580c', '#65a30d']

export function userColor(login: string): string {
  let hash = 0
  for (const ch of login.toLowerCase()) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return palette[hash % palette.length]!
}
