import { getSchemaByResolvedExtensions, resolveExtensions, type AnyExtension } from '@tiptap/core'
import { minutesExtensions } from './extensions'

/** The minutes' extensions, StarterKit flattened into its nodes and marks: resolved once, for the schema and the Markdown codec. */
export const minutesResolvedExtensions: AnyExtension[] = resolveExtensions(minutesExtensions())

/** The ProseMirror schema of the minutes, for code that has no editor (server, CLI). */
export const minutesSchema = getSchemaByResolvedExtensions(minutesResolvedExtensions)
