import { cookies } from 'next/headers'
import { decode, encode } from 'next-auth/jwt'
import { env } from '@/lib/env.server'
import { lifetimeFrom, reissuedCookieOptions, SESSION_COOKIES } from '../session-lifetime'

/**
 * Marks the current session's second factor as done, from a server action: the session cookie is re-issued with every
 * claim it had (user, session version, sign-in time, and whatever else) plus `mfa: 'done'`. Signed like every session
 * cookie, so the claim cannot be set by the browser.
 */
export async function markSecondFactorDone(): Promise<boolean> {
  const jar = await cookies()
  const name = SESSION_COOKIES.find((candidate) => jar.has(candidate))
  const secret = env().NEXTAUTH_SECRET
  const value = name ? jar.get(name)?.value : undefined
  if (!name || !value || !secret) return false
  const token = await decode({ token: value, secret }).catch(() => null)
  if (!token?.sub) return false
  const lifetime = lifetimeFrom(env())
  const now = Math.floor(Date.now() / 1000)
  const reissued = await encode({
    token: { ...token, mfa: 'done', lastSeen: now },
    secret,
    maxAge: lifetime.idleSeconds,
  })
  jar.set(name, reissued, reissuedCookieOptions(name, token, lifetime.idleSeconds))
  return true
}
