import { z } from 'zod'

/** Longest time box the timer takes: a whole day is already no agenda item. */
const maxDurationMs = 24 * 60 * 60_000

/** POST /api/meetings/[meetingId]/agenda-timer: which item to start, for how long. */
export const startAgendaTimerInput = z.object({
  itemId: z.string().trim().min(1, 'name the agenda item to start').max(1000),
  durationMs: z
    .number()
    .int('durationMs is whole milliseconds')
    .min(1000, 'a time box is at least a second')
    .max(maxDurationMs, 'a time box is at most a day'),
})

export type StartAgendaTimerInput = z.infer<typeof startAgendaTimerInput>
