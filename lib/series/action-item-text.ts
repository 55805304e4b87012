/**
 * The head of an action item as the minutes write it, marks taken off:
 * `AI @handle: …`, `AI @a, @b: …`. Shared by the action item node (which
 * reads it from a list item's text) and the carry-over (from Markdown).
 */
const head = /^\s*AI\s+((?:@[A-Za-z0-9-]+[,\s]*)+?)\s*:/

/** The assignees of an action item's text, or null when the text is no action item. */
export function actionItemAssignees(text: string): string[] | null {
  const m = head.exec(text)
  return m ? [...(m[1] ?? '').matchAll(/@([A-Za-z0-9-]+)/g)].map((a) => a[1] ?? '') : null
}

/** Where the `AI @handle:` head of an action item's text ends, or -1. */
export function actionItemHeadLength(text: string): number {
  return head.exec(text)?.[0].length ?? -1
}

/** An item closed in words rather than struck through: `AI @x: send it (done)`. */
export const saysDone = (text: string) => /\(done\)\s*$/i.test(text)
