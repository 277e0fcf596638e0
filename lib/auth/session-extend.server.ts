import 'server-only'
import { cookies } from 'next/headers'
import { decode, encode, type JWT } from 'next-auth/jwt'
import { env } from '@/lib/env.server'
import {
  lifetimeFrom,
  needsRefresh,
  reissuedCookieOptions,
  remainingOf,
  SESSION_COOKIES,
  sessionVerdict,
} from './session-lifetime'
import type { SessionRemaining } from './session-warning'

// The time left of this request's session, for the warning before it ends (WCAG 2.2.1), and "Blijf ingelogd": the
// same fresh cookie the proxy issues on activity (proxy.ts), on request. Callers check the session itself
// (getSessionState: active user, not signed out) first; this only reads and writes the cookie's clock.

async function liveToken(): Promise<{ name: string; token: JWT; now: number } | null> {
  const jar = await cookies()
  const name = SESSION_COOKIES.find((cookie) => jar.has(cookie))
  const secret = env().NEXTAUTH_SECRET
  if (!name || !secret) return null
  const token = await decode({ token: jar.get(name)?.value, secret }).catch(() => null)
  const now = Math.floor(Date.now() / 1000)
  if (!token || sessionVerdict(token, now, lifetimeFrom(env())) !== 'ok') return null
  return { name, token, now }
}

/** Seconds left of this request's session, or null without a live one. */
export async function sessionRemaining(): Promise<SessionRemaining | null> {
  const live = await liveToken()
  if (!live) return null
  const { token, now } = live
  // The proxy slides the cookie on this very request when that is due, so the idle time then counts from now.
  const lastSeen = needsRefresh(token, now) ? now : token.lastSeen
  return remainingOf({ ...token, lastSeen }, now, lifetimeFrom(env()))
}

/** Starts the idle period again (never the absolute one): a fresh cookie seen now. Null without a live session. */
export async function extendSession(): Promise<SessionRemaining | null> {
  const live = await liveToken()
  if (!live) return null
  const { name, token, now } = live
  const lifetime = lifetimeFrom(env())
  const value = await encode({
    token: { ...token, lastSeen: now },
    secret: env().NEXTAUTH_SECRET ?? '',
    maxAge: lifetime.idleSeconds,
  })
  const jar = await cookies()
  jar.set(name, value, reissuedCookieOptions(name, token, lifetime.idleSeconds))
  return remainingOf({ ...token, lastSeen: now }, now, lifetime)
}
