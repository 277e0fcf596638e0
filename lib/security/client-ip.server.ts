import { headers } from 'next/headers'

/**
 * The client's address for rate limits: the first X-Forwarded-For entry set by the reverse proxy in front of the app,
 * or a fixed key when there is none (a local run). Only for limits, never stored.
 */
export async function clientIp(): Promise<string> {
  const list = await headers()
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'local'
}
