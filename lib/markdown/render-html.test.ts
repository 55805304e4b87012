import { describe, expect, it } from 'vitest'
import { meetingImageSrc } from '../images/meeting-image-src'
import { renderMinutesHtml } from './render-html'

const pasted = '0b6f3c52-3f7e-4d8a-9a5e-2f1c7d9e4b10.png'
const markdown = `![chart](${pasted}) and ![logo](https://example.org/logo.png "Logo")\n`

describe('renderMinutesHtml image sources', () => {
  it('shows a pasted image from its meeting and any other image from its own address', () => {
    const html = renderMinutesHtml(markdown, { imageSrc: (src) => meetingImageSrc('m1', src) })
    expect(html).toContain(`<img src="/api/meetings/m1/images/${pasted}" alt="chart" />`)
    expect(html).toContain('<img src="https://example.org/logo.png" alt="logo" title="Logo" />')
  })

  it('keeps the Markdown’s own links without a mapping, also after a mapped render', () => {
    renderMinutesHtml(markdown, { imageSrc: () => '/elsewhere.png' })
    expect(renderMinutesHtml(markdown)).toContain(`<img src="${pasted}" alt="chart" />`)
  })
})
