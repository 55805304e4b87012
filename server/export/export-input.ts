import { z } from 'zod'

// GitHub's own limits on owner and repository names; anything else would only
// fail later with a less helpful 404.
const ownerName = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'not a GitHub owner name')
const repoName = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'not a GitHub repository name')

export const repositoryInput = z.object({ owner: ownerName, name: repoName })

const branchName = z
  .string()
  .min(1)
  .max(250)
  .refine((b) => !/(^[/.]|[/.]$|\.\.|\/\/|@\{|[\s~^:?*[\\\x00-\x1f\x7f])/.test(b), 'not a valid branch name')

/** "iaas" or "teams/iaas"; empty for the repository root. */
const folder = z
  .string()
  .max(200)
  .refine((f) => f === '' || f.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && !s.includes('\\')), 'not a folder path')
  .refine((f) => !f.split('/').some((s) => s.toLowerCase() === '.git'), 'not a folder path')

const markdownFileName = z.string().regex(/^[^/\\]+\.md$/, 'the minutes file name must end in .md and have no folder')

/** `<uuid>.<ext>`, the way the editor names pasted images; anything else could escape the folder. */
const imageName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*\.[A-Za-z0-9]{1,8}$/, 'not an image file name')

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')

export const previewExportInput = z.object({
  repo: repositoryInput,
  baseBranch: branchName,
  folder,
  fileName: markdownFileName,
  markdown: z.string(),
  /** Findings of lib/markdown's lint, passed through untouched so the preview shows them. */
  lintFindings: z.array(z.unknown()).optional(),
})
export type PreviewExportInput = z.input<typeof previewExportInput>

export const exportMinutesInput = previewExportInput.omit({ lintFindings: true }).extend({
  /** Serialises exports of one meeting: a double click must not open two pull requests. */
  meetingId: z.string().min(1),
  /** The meeting's calendar date; it names the branch. */
  date: isoDate,
  images: z
    .array(z.object({ name: imageName, bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'image bytes expected') }))
    .default([])
    .refine((images) => new Set(images.map((i) => i.name)).size === images.length, 'two images share a name'),
  author: z.object({
    name: z.string().trim().min(1),
    email: z.string().email(),
    login: z.string().min(1),
  }),
  commitMessage: z.string().trim().min(1),
  dco: z.boolean(),
  pr: z.object({ title: z.string().trim().min(1).max(256), body: z.string() }),
  /** What the meeting recorded from its last export: it is looked at first. */
  previous: z.object({ branch: branchName, prNumber: z.number().int().positive(), headOwner: ownerName }).optional(),
  /** The base commit the user saw in the preview; a change to the file since then stops the export. */
  expectedBaseSha: z.string().regex(/^[0-9a-f]{40}$/).optional(),
})
export type ExportMinutesInput = z.input<typeof exportMinutesInput>
export type ParsedExportMinutesInput = z.output<typeof exportMinutesInput>
