import { env } from '@/lib/env.server'

/**
 * An absolute link into the app for a mail. Built from NEXTAUTH_URL (the configured public address, always set by
 * `npm start`), never from the request's Host header: a forged Host would otherwise put an attacker's site in a reset
 * mail and hand them the token.
 */
export function appLink(path: string): string {
  const { NEXTAUTH_URL, PORT } = env()
  return new URL(path, NEXTAUTH_URL ?? `http://localhost:${PORT}`).toString()
}
