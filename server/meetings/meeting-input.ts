import { z } from 'zod'
import { isCalendarDay } from '../../lib/meetings/calendar-day'

/** A calendar date as typed in a form, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine(isCalendarDay, 'not a calendar date')

export const createMeetingInput = z.object({
  title: z.string().trim().min(1, 'give the meeting a title').max(200),
  date: isoDate.optional(),
})
export type CreateMeetingInput = z.input<typeof createMeetingInput>
