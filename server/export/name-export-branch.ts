/**
 * `minutes/<folder>-<yyyymmdd>`, then `-2`, `-3`… for the exports that follow a
 * merged or closed pull request. A nested folder is flattened ("teams/iaas" →
 * "teams-iaas") so the branch never becomes a prefix of another branch, which
 * git refuses.
 */
export function nameExportBranch(folder: string, date: string, attempt = 1): string {
  const flatFolder = folder
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
  const day = date.replaceAll('-', '')
  const stem = flatFolder === '' ? `minutes/${day}` : `minutes/${flatFolder}-${day}`
  return attempt <= 1 ? stem : `${stem}-${attempt}`
}
