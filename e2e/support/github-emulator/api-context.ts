import type { IncomingMessage } from 'node:http'
import type { EmulatedToken, EmulatedUser, EmulatorState } from './emulator-state'

export interface ApiContext {
  state: EmulatorState
  request: IncomingMessage
  method: string
  /** Path after the API prefix, e.g. /repos/acme/minutes/pulls. */
  path: string
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  viewer: EmulatedUser | null
  token: EmulatedToken | null
}

export interface ApiReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type ApiHandler = (context: ApiContext) => Promise<ApiReply>

export interface ApiRoute {
  method: string
  /** Segments; `:name` captures one, `*name` captures the rest (branch names have slashes). */
  pattern: string
  /** The page of GitHub's REST docs this endpoint is described on, for error bodies. */
  docs: string
  handler: ApiHandler
}
