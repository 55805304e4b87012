import { z } from 'zod'
import { describeNotText } from '../../lib/meetings/markdown-import'
import { createMeetingInput } from './meeting-input'

export const importMeetingInput = createMeetingInput.extend({
  markdown: z.string({ error: 'send the Markdown as text' }).superRefine((markdown, ctx) => {
    const problem = describeNotText(markdown)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
})
export type ImportMeetingInput = z.input<typeof importMeetingInput>
