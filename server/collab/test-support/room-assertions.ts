// Test support: checks that a room still works for the people in it.
import { expect } from 'vitest'
import { allSaved, waitUntil, type TestClient } from './collab-harness'

/** One bystander writes, the other sees it, it is saved, and neither was disconnected. */
export async function expectStillCoediting(writer: TestClient, reader: TestClient, line: string): Promise<void> {
  writer.doc.getText('body').insert(0, line)
  await waitUntil(() => reader.doc.getText('body').toString().startsWith(line), 'the other client sees the new line')
  await waitUntil(() => allSaved(writer), 'the new line is saved')
  expect(writer.closes).toEqual([])
  expect(reader.closes).toEqual([])
}
