'use client'

import { useEffect } from 'react'

/**
 * A file dropped just beside the editor would otherwise make the browser leave
 * the meeting to show the file. Outside the editor, a file drop is refused
 * (no-drop cursor) and does nothing; inside, the editor takes it.
 */
export function useFileDropsStayInEditor(): void {
  useEffect(() => {
    const outsideEditorWithFiles = (event: DragEvent) =>
      Boolean(event.dataTransfer?.types.includes('Files')) && !(event.target instanceof Element && event.target.closest('.ProseMirror'))
    const refuse = (event: DragEvent) => {
      if (!outsideEditorWithFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none'
    }
    window.addEventListener('dragover', refuse)
    window.addEventListener('drop', refuse)
    return () => {
      window.removeEventListener('dragover', refuse)
      window.removeEventListener('drop', refuse)
    }
  }, [])
}
