import { headers } from 'next/headers'
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address'

/**
 * The client's address for rate limits and the sign-in throttle, as the app's HTTP server resolved it
 * (lib/http/client-address.ts, TRUST_PROXY_HOPS). Never X-Forwarded-For directly: a client can write that header.
 * Without the server's header (the app started some other way) every request shares one key, which keeps the limits
 * strict rather than open. Only for limits, never stored with a person.
 */
export async function clientIp(): Promise<string> {
  const list = await headers()
  return list.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown'
}
