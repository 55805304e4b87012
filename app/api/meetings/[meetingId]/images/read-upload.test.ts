import { describe, expect, it } from 'vitest'
import { readUpload } from './read-upload'

const url = 'http://localhost/api/meetings/m/images'
const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])

/** A body that arrives in pieces with no length announced, as a chunked upload does. */
function streamed(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent++ === chunks) controller.close()
      else controller.enqueue(new Uint8Array(size))
    },
  })
}

describe('readUpload', () => {
  it('takes a raw body as the image', async () => {
    const upload = await readUpload(new Request(url, { method: 'POST', body: bytes, headers: { 'content-type': 'image/png' } }), 100)
    expect(upload).toEqual({ ok: true, bytes })
  })

  it('takes the "file" field of a multipart form', async () => {
    const form = new FormData()
    form.append('file', new File([bytes], 'shot.png', { type: 'image/png' }))
    const upload = await readUpload(new Request(url, { method: 'POST', body: form }), 100)
    expect(upload).toEqual({ ok: true, bytes })
  })

  it('says which field a form without the file lacks', async () => {
    const form = new FormData()
    form.append('image', new File([bytes], 'shot.png'))
    const upload = await readUpload(new Request(url, { method: 'POST', body: form }), 100)
    expect(upload).toMatchObject({ ok: false, status: 400, error: expect.stringContaining('send the image as the form field "file"') })
  })

  it('refuses an announced oversized body unread, and a streamed one as soon as it passes the limit', async () => {
    const announced = new Request(url, { method: 'POST', body: new Uint8Array(101) })
    expect(await readUpload(announced, 100)).toMatchObject({ ok: false, status: 413 })
    const chunked = new Request(url, { method: 'POST', body: streamed(1000, 64), duplex: 'half' } as RequestInit)
    expect(await readUpload(chunked, 100)).toMatchObject({ ok: false, status: 413, error: 'the image is larger than 0.1 MB, the most that can be pasted' })
  })

  it('refuses a file in a form over the limit even though the form fits its allowance', async () => {
    const form = new FormData()
    form.append('file', new File([new Uint8Array(150)], 'big.png'))
    expect(await readUpload(new Request(url, { method: 'POST', body: form }), 100)).toMatchObject({ ok: false, status: 413 })
  })
})
