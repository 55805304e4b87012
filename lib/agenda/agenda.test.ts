import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { markdownToYUpdate } from '../markdown'
import { parseAgendaHeading, writeAgendaHeading } from './agenda-heading'
import { agendaItems } from './agenda-items'
import { formatRemaining, readAgendaTimer, remainingMs, startAgendaTimer, stopAgendaTimer } from './agenda-timer'

describe('agenda headings', () => {
  it.each([
    ['Fallout from last recent CVE (@garloff, 5min)', { title: 'Fallout from last recent CVE', owners: ['garloff'], minutes: 5 }],
    ['Need for Manila (@gtema)', { title: 'Need for Manila', owners: ['gtema'], minutes: null }],
    ['Two owners (@a, @b, 10min)', { title: 'Two owners', owners: ['a', 'b'], minutes: 10 }],
    ['Quick one (3min)', { title: 'Quick one', owners: [], minutes: 3 }],
    ['Welcome, Arno!', { title: 'Welcome, Arno!', owners: [], minutes: null }],
    ['Use of (parentheses) inside', { title: 'Use of (parentheses) inside', owners: [], minutes: null }],
  ])('%s', (text, expected) => {
    expect(parseAgendaHeading(text)).toEqual(expected)
    expect(writeAgendaHeading(parseAgendaHeading(text))).toBe(text)
  })
})

describe('agendaItems', () => {
  it('lists the H3 topics, not the pending items, with ids that tell repeated titles apart', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, markdownToYUpdate('# 2024-07-24\n\n## Agenda\n\n### Pending action items\n\n### A (@x, 5min)\n\ntext\n\n### A\n\n### B (@y)\n'))
    expect(agendaItems(doc).map((i) => [i.id, i.owners, i.minutes])).toEqual([
      ['1:A', ['x'], 5],
      ['2:A', [], null],
      ['1:B', ['y'], null],
    ])
  })
})

describe('agenda timer', () => {
  it('is shared through the document: one running item, replaced by the next, stopped by anyone', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u))
    startAgendaTimer(a, { itemId: '1:A', startedAt: 1000, durationMs: 300_000, startedBy: 'mona' })
    expect(readAgendaTimer(b)).toEqual({ itemId: '1:A', startedAt: 1000, durationMs: 300_000, startedBy: 'mona' })
    startAgendaTimer(a, { itemId: '1:B', startedAt: 2000, durationMs: 60_000, startedBy: 'mona' })
    expect(readAgendaTimer(b)?.itemId).toBe('1:B')
    stopAgendaTimer(a)
    expect(readAgendaTimer(b)).toBeNull()
  })

  it('counts down, then shows the overrun plainly', () => {
    const timer = { itemId: '1:A', startedAt: 0, durationMs: 300_000, startedBy: 'x' }
    expect(formatRemaining(remainingMs(timer, 0))).toBe('5:00')
    expect(formatRemaining(remainingMs(timer, 55_500))).toBe('4:05')
    expect(formatRemaining(remainingMs(timer, 300_000))).toBe('0:00')
    expect(formatRemaining(remainingMs(timer, 433_000))).toBe('+2:13 over')
  })
})
