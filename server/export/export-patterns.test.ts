import { describe, expect, it } from 'vitest'
import { agendaTitles } from '../../lib/agenda/agenda-titles'
import { renderMinutesHtml } from '../../lib/markdown/render-html'
import { commitAuthor } from './commit-author'
import { fillExportPattern } from './fill-export-pattern'

const values = { date: '2024-07-24', series: 'Team IaaS', title: 'Weekly', participants: ['mona', 'fkr'], agenda: ['Status', 'Release'], link: 'https://m.example/m/1' }

describe('fillExportPattern', () => {
  it('fills every placeholder and leaves unknown ones as written', () => {
    expect(fillExportPattern('{{series}} {{ date }} ({{yyyy}}/{{mm}}/{{dd}}) {{title}}', values)).toBe('Team IaaS 2024-07-24 (2024/07/24) Weekly')
    expect(fillExportPattern('By {{participants}}\n{{agenda}}\n{{link}} {{typo}}', values)).toBe('By @mona, @fkr\n- Status\n- Release\nhttps://m.example/m/1 {{typo}}')
  })
})

describe('agendaTitles', () => {
  it('lists the H3 topics without owners and time boxes, skipping code and non-topics', () => {
    const md = '# 2024-07-24\n\n## Agenda\n\n### Pending action items\n\n### Status (@mona, 10min)\n\n```md\n### not a topic\n```\n\n### Release ###\n'
    expect(agendaTitles(md)).toEqual(['Status', 'Release'])
  })
})

describe('commitAuthor', () => {
  it("uses the user's address, else the configured GitHub's noreply form", () => {
    expect(commitAuthor({ login: 'mona', name: 'Mona', email: 'm@x.org' }, 'https://github.com')).toEqual({ login: 'mona', name: 'Mona', email: 'm@x.org' })
    expect(commitAuthor({ login: 'mona', name: ' ', email: null }, 'https://ghe.example.com').email).toBe('mona@users.noreply.ghe.example.com')
    expect(commitAuthor({ login: 'mona', name: ' ', email: null }, 'http://127.0.0.1:9000')).toEqual({ login: 'mona', name: 'mona', email: 'mona@users.noreply.github.com' })
  })
})

describe('renderMinutesHtml', () => {
  it('renders tables and strikethrough, and never passes raw HTML or script links through', () => {
    const html = renderMinutesHtml('| a |\n| - |\n| ~~b~~ |\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n')
    expect(html).toContain('<s>b</s>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('href="javascript:')
  })
})
