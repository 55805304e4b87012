import { randomBytes } from 'node:crypto'

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789' // no look-alikes: ids are read aloud on calls

/** A short, unguessable, URL-safe id: 12 characters of 5 bits = 60 bits. */
export function newMeetingId(): string {
  return Array.from(randomBytes(12), (b) => alphabet[b % 32]).join('')
}
