import { getSchema } from '@tiptap/core'
import { minutesExtensions } from './extensions'

/** The ProseMirror schema of the minutes, for code that has no editor (server, CLI). */
export const minutesSchema = getSchema(minutesExtensions())
