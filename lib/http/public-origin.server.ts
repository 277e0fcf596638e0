import { headers } from 'next/headers'
import { env } from '@/lib/env.server'

/**
 * The address people use to reach this app, for links that leave the screen (join links, QR codes, certificates).
 * NEXTAUTH_URL wins when set, because behind a proxy the Host header may be an internal name.
 */
export async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL
  if (configured) return new URL(configured).origin
  const list = await headers()
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost:3000'
  const proto =
    list.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
}
