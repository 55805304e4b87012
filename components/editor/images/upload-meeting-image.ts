/** Why an image did not reach the server, said to the person who pasted it. */
export class ImageUploadFailed extends Error {
  override name = 'ImageUploadFailed'

  constructor(
    message: string,
    /** The server's status; 0 when it could not be reached. */
    readonly status = 0,
  ) {
    super(message)
  }
}

const offline = 'the server cannot be reached. Paste it again once you are back online'

/** Posts to the meeting's image store and answers the `<uuid>.<ext>` the image is kept as there. */
async function postImage(meetingId: string, init: RequestInit): Promise<string> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ImageUploadFailed(offline)
  let res: Response
  try {
    res = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/images`, { method: 'POST', ...init })
  } catch {
    throw new ImageUploadFailed(offline)
  }
  const body = (await res.json().catch(() => null)) as { fileName?: unknown; error?: unknown } | null
  if (res.ok && typeof body?.fileName === 'string') return body.fileName
  if (res.status === 401) throw new ImageUploadFailed('you are signed out. Sign in again, then paste it again', 401)
  if (typeof body?.error === 'string') throw new ImageUploadFailed(body.error, res.status)
  throw new ImageUploadFailed(`the server answered ${res.status}. Try again in a moment`, res.status)
}

/** Sends one pasted or dropped file to the meeting's image store. */
export function uploadMeetingImage(meetingId: string, file: File): Promise<string> {
  const form = new FormData()
  form.append('file', file)
  return postImage(meetingId, { body: form })
}

/** The meeting's own copy of an image whose link was pasted from other minutes. */
export function copyImageIntoMeeting(meetingId: string, fileName: string): Promise<string> {
  return postImage(meetingId, { body: JSON.stringify({ copyOf: fileName }), headers: { 'content-type': 'application/json' } })
}
