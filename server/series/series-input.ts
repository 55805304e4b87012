import { z } from 'zod'
import { isoDate } from '../meetings/meeting-input'


export const seriesFields = z.object({
  name: z.string().trim().min(1, 'give the series a name').max(120),
  /** "owner/name"; empty means the local export repository. */
  repository: z
    .string()
    .trim()
    .max(201)
    .refine((s) => s === '' || /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(s), 'write it as owner/name')
    .default(''),
  privateRepo: z.boolean().default(false),
  baseBranch: z.string().trim().min(1).max(200).default('main'),
  folder: z
    .string()
    .trim()
    .max(200)
    .refine((s) => !s.split('/').some((p) => p === '..' || p === '.'), 'no . or .. in the folder')
    .transform((s) => s.replace(/^\/+|\/+$/g, '')),
  fileNamePattern: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .refine((s) => s.includes('{dd}') && !s.includes('/'), 'needs {dd} (one file per day) and no /')
    .default('{yyyy}{mm}{dd}.md'),
  template: z.string().max(100_000),
  weekday: z.number().int().min(0).max(6).nullable().default(null),
  actionItemStyle: z.enum(['plain', 'italic']).default('plain'),
  /** Export: a Signed-off-by trailer on every commit (the DCO the SCS repositories require). */
  requireDco: z.boolean().default(false),
  /** Export: the meeting turns read-only once its pull request is merged. */
  lockAfterMerge: z.boolean().default(false),
  /** Export patterns; placeholders are server/export/fill-export-pattern.ts's. */
  commitMessagePattern: z.string().trim().min(1, 'give the commit message pattern').max(1000).default('Add minutes of {{series}} {{date}}'),
  prTitlePattern: z.string().trim().min(1, 'give the pull request title pattern').max(256).default('Minutes of {{series}} {{date}}'),
  prBodyPattern: z.string().max(20_000).default(''),
})
export type SeriesFields = z.input<typeof seriesFields>

export const seriesUpdate = seriesFields.partial()
export type SeriesUpdate = z.input<typeof seriesUpdate>

export const seriesMeetingInput = z.object({
  date: isoDate.optional(),
  title: z.string().trim().min(1).max(200).optional(),
})
export type SeriesMeetingInput = z.input<typeof seriesMeetingInput>


/** Splits the form's "owner/name" into the columns; "" is the local repository. */
export function repositoryColumns(repository: string | undefined) {
  if (repository === undefined) return {}
  const [repoOwner = null, repoName = null] = repository ? repository.split('/') : []
  return { repoOwner, repoName }
}
