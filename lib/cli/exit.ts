/** The CLI's exit statuses. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const
