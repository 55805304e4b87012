import type { Db } from '../db/client'
import { createMeetingInput, type CreateMeetingInput } from './meeting-input'
import { newMeetingId } from './new-meeting-id'
import { today } from './today'

export async function createMeeting(db: Db, userId: string, input: CreateMeetingInput) {
  const { title, date } = createMeetingInput.parse(input)
  return db.meeting.create({
    data: { id: newMeetingId(), title, date: date ?? today(), createdById: userId },
  })
}
