/** Where the minutes file, or an image beside it, sits in the repository. */
export function minutesPath(folder: string, fileName: string): string {
  return folder === '' ? fileName : `${folder}/${fileName}`
}
