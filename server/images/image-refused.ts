/** Why an image was not stored, in words for the person who pasted it; `status` is the HTTP answer. */
export class ImageRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 413 | 415,
  ) {
    super(message)
    this.name = 'ImageRefused'
  }
}
