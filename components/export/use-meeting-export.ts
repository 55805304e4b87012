'use client'

import { useCallback, useRef, useState } from 'react'
import type { ExportFailureJson, ExportPreviewJson, ExportRecord, ExportResultJson } from './export-types'
import { postExportJson } from './post-export-json'

export type ExportStep = 'idle' | 'previewing' | 'preview' | 'exporting' | 'done'

export interface MeetingExport {
  step: ExportStep
  preview: ExportPreviewJson | null
  result: ExportResultJson | null
  /** What went wrong with the last preview or export, and which one to retry. */
  failure: (ExportFailureJson & { during: 'preview' | 'export' }) | null
  /** Set when the base branch moved since the preview: the preview now shows the new diff. */
  baseChanged: boolean
  record: ExportRecord
  loadPreview(): Promise<void>
  runExport(): Promise<void>
}

/**
 * The preview → export steps of one meeting. A second click while an export
 * runs is ignored here as well as by the disabled button, and the server runs
 * one export of a meeting at a time, so a double click makes one PR.
 */
export function useMeetingExport(meetingId: string, initial: ExportRecord): MeetingExport {
  const [step, setStep] = useState<ExportStep>('idle')
  const [preview, setPreview] = useState<ExportPreviewJson | null>(null)
  const [result, setResult] = useState<ExportResultJson | null>(null)
  const [failure, setFailure] = useState<MeetingExport['failure']>(null)
  const [baseChanged, setBaseChanged] = useState(false)
  const [record, setRecord] = useState(initial)
  const busy = useRef(false)
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/export`

  const loadPreview = useCallback(async () => {
    if (busy.current) return
    busy.current = true
    setStep('previewing')
    setFailure(null)
    setResult(null)
    setBaseChanged(false)
    try {
      const answer = await postExportJson<ExportPreviewJson>(`${base}/preview`, {})
      if (answer.ok) {
        setPreview(answer.body)
        setStep('preview')
      } else {
        setFailure({ ...answer.failure, during: 'preview' })
        setStep(preview ? 'preview' : 'idle')
      }
    } finally {
      busy.current = false
    }
  }, [base, preview])

  const runExport = useCallback(async () => {
    if (busy.current || !preview) return
    busy.current = true
    setStep('exporting')
    setFailure(null)
    try {
      const answer = await postExportJson<ExportResultJson>(base, { expectedBaseSha: preview.baseSha })
      if (answer.ok) {
        setResult(answer.body)
        setBaseChanged(false)
        setRecord((r) => ({ ...r, prNumber: answer.body.pr.number, prUrl: answer.body.pr.url, prState: answer.body.pr.state }))
        setStep('done')
        return
      }
      const { failure: f } = answer
      if (f.code === 'base-changed' && f.baseSha && f.diff !== undefined) {
        // Show what is on the base branch now and let the user decide again.
        setPreview({ ...preview, baseSha: f.baseSha, existing: f.existing ?? null, diff: f.diff })
        setBaseChanged(true)
      } else {
        setFailure({ ...f, during: 'export' })
      }
      setStep('preview')
    } finally {
      busy.current = false
    }
  }, [base, preview])

  return { step, preview, result, failure, baseChanged, record, loadPreview, runExport }
}
