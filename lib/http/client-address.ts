import type { IncomingMessage } from 'node:http'

// Which address is the client's. Next fills in X-Forwarded-For itself when a request has none, so inside the app a
// forwarded address cannot be told from one the client typed. The app's own HTTP server (scripts/serve.ts) therefore
// decides, from the socket it accepted and the TRUST_PROXY_HOPS setting, and hands the answer to the app in a header
// it always overwrites. See docs/decisions/020-sessions-client-address-and-forms.md.

/** Set by scripts/serve.ts on every request; a copy sent by the client is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-deelwijs-client-address'

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is the same client as "192.0.2.1". */
function normalise(address: string): string {
  const trimmed = address.trim()
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed
}

/**
 * hops = 0: the socket's address (nothing in front of the app is trusted). hops = N: N reverse proxies of our own
 * sit in front; each appended the address it saw, so the client is the Nth entry from the right of X-Forwarded-For.
 * With fewer entries than that, the leftmost is the best there is.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const socket = normalise(socketAddress ?? '') || 'unknown'
  if (hops <= 0) return socket
  const list = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map(normalise)
    .filter(Boolean)
  if (list.length === 0) return socket
  return list[Math.max(0, list.length - hops)] ?? socket
}

/** Stamps the resolved client address on the request, replacing anything the client sent under that name. */
export function stampClientAddress(request: IncomingMessage, hops: number): string {
  const address = resolveClientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], hops)
  request.headers[CLIENT_ADDRESS_HEADER] = address
  return address
}
