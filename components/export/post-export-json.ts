import type { ExportFailureJson } from './export-types'

export type ExportAnswer<T> = { ok: true; body: T } | { ok: false; failure: ExportFailureJson }

/**
 * POSTs to an export route and sorts the answer into what worked and the
 * typed failure to show. A dropped connection or a body that is not the
 * routes' JSON still becomes a failure with a sentence, never a throw.
 */
export async function postExportJson<T>(url: string, body: unknown): Promise<ExportAnswer<T>> {
  let res: Response
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' })
  } catch {
    return { ok: false, failure: { code: 'offline', message: 'Could not reach Live Minutes — check your connection and try again', retryable: true } }
  }
  const json = (await res.json().catch(() => null)) as (T & Partial<ExportFailureJson> & { error?: string }) | null
  if (res.ok && json) return { ok: true, body: json }
  if (res.status === 401 && json?.code === undefined) {
    return { ok: false, failure: { code: 'signed-out', message: 'You were signed out — sign in again to export', retryable: false } }
  }
  const message = json?.message ?? json?.error ?? `The server answered ${res.status} — try again`
  return { ok: false, failure: { retryable: res.status >= 500, ...json, code: json?.code ?? `http-${res.status}`, message } }
}
