import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import { expect } from '@playwright/test'

export interface CreatedMeeting {
  id: string
  title: string
  date: string
  url: string
}

function requestOf(target: Page | BrowserContext | APIRequestContext): APIRequestContext {
  return 'request' in target ? target.request : (target as APIRequestContext)
}

export async function createMeeting(
  target: Page | BrowserContext | APIRequestContext,
  input: { title: string; date?: string },
): Promise<CreatedMeeting> {
  const res = await requestOf(target).post('/api/meetings', { data: input })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()) as CreatedMeeting
}
