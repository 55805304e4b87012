// Files put on a DataTransfer in the page, as a screenshot paste or a drop
// from the desktop does: how the image specs hand the editor real PNG bytes.
import type { Page } from '@playwright/test'
import { minutes } from './export-page'

export interface FileSpec {
  name: string
  type: string
  /** The file's bytes, or how many zero bytes after a PNG signature (too many to send to the page). */
  bytes: number[] | { pngOfSize: number }
}

/** Puts the files on a DataTransfer in the page, as a screenshot paste or a drop from the desktop does. */
export async function transfer(page: Page, event: 'paste' | 'drop', files: FileSpec[]) {
  await minutes(page).evaluate(
    (editor, { event, files }) => {
      const data = new DataTransfer()
      for (const f of files) {
        const bytes = Array.isArray(f.bytes) ? new Uint8Array(f.bytes) : new Uint8Array(f.bytes.pngOfSize)
        if (!Array.isArray(f.bytes)) bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        data.items.add(new File([bytes], f.name, { type: f.type }))
      }
      if (event === 'paste') {
        editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      } else {
        const box = editor.querySelector('p:last-of-type')!.getBoundingClientRect()
        const at = { clientX: box.right - 1, clientY: box.top + box.height / 2 }
        editor.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at }))
      }
    },
    { event, files },
  )
}
