import { randomUUID, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const REQUEST_ID_HEADER = 'x-request-id'
const VALID_ID = /^[A-Za-z0-9._:-]{1,100}$/

/**
 * The request's id: the one a trusted proxy in front of us sent (so a log line can be followed from the ingress to the
 * app), or a new one. From an untrusted client the header is ignored: it would let anyone write into our logs.
 */
export function requestId(request: IncomingMessage, trustProxy: boolean): string {
  const sent = request.headers[REQUEST_ID_HEADER]
  if (trustProxy && typeof sent === 'string' && VALID_ID.test(sent)) return sent
  return randomUUID()
}

/** Does the request carry "Authorization: Bearer <token>" with exactly this token? Compared in constant time. */
export function bearerMatches(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? ''
  const sent = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  return sent.length === expected.length && timingSafeEqual(sent, expected)
}
