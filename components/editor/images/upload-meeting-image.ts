/** Why an image did not reach the server, said to the person who pasted it. */
export class ImageUploadFailed extends Error {
  override name = 'ImageUploadFailed'
}

const offline = 'the server cannot be reached. Paste it again once you are back online'

/** Sends one pasted or dropped file to the meeting's image store and answers the `<uuid>.<ext>` it is kept as. */
export async function uploadMeetingImage(meetingId: string, file: File): Promise<string> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ImageUploadFailed(offline)
  const form = new FormData()
  form.append('file', file)
  let res: Response
  try {
    res = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/images`, { method: 'POST', body: form })
  } catch {
    throw new ImageUploadFailed(offline)
  }
  const body = (await res.json().catch(() => null)) as { fileName?: unknown; error?: unknown } | null
  if (res.ok && typeof body?.fileName === 'string') return body.fileName
  if (res.status === 401) throw new ImageUploadFailed('you are signed out. Sign in again, then paste it again')
  if (typeof body?.error === 'string') throw new ImageUploadFailed(body.error)
  throw new ImageUploadFailed(`the server answered ${res.status}. Try again in a moment`)
}
