import { NextResponse } from 'next/server'
import { z } from 'zod'
import { processDocStore } from '@/server/collab/process-doc-store'
import { db } from '@/server/db/client'
import { exportMeeting } from '@/server/meetings/export-meeting'
import { exportFailure, meetingUrl, noMeeting, readExportRequest } from './export-request'

export const dynamic = 'force-dynamic'

const exportInput = z
  .object({
    /** The preview's baseSha: the export stops if the file changed on the base branch since. */
    expectedBaseSha: z.string().regex(/^[0-9a-f]{40}$/, 'expectedBaseSha: a 40-character commit id from the preview'),
  })
  .strict()

export async function POST(req: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const request = await readExportRequest(req, exportInput)
  if (!request.ok) return request.response
  const { meetingId } = await params
  try {
    const result = await exportMeeting(db(), processDocStore(), meetingId, request.settings, {
      userId: request.userId,
      expectedBaseSha: request.input.expectedBaseSha,
      meetingUrl: meetingUrl(req, meetingId),
    })
    if (!result) return noMeeting(meetingId)
    return NextResponse.json(result)
  } catch (error) {
    return exportFailure(error, request)
  }
}
