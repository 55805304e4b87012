import { NextResponse } from 'next/server'
import { z } from 'zod'
import { processDocStore } from '@/server/collab/process-doc-store'
import { db } from '@/server/db/client'
import { previewMeetingExport } from '@/server/meetings/preview-meeting-export'
import { exportFailure, noMeeting, readExportRequest } from '../export-request'

export const dynamic = 'force-dynamic'

/** Nothing to choose: the preview is of the stored minutes, to the series' repository. */
const previewInput = z.object({}).strict()

export async function POST(req: Request, { params }: { params: Promise<{ meetingId: string }> }) {
  const request = await readExportRequest(req, previewInput)
  if (!request.ok) return request.response
  const { meetingId } = await params
  try {
    const preview = await previewMeetingExport(db(), processDocStore(), meetingId, request.settings)
    if (!preview) return noMeeting(meetingId)
    return NextResponse.json(preview, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    return exportFailure(error, request)
  }
}
