import { randomUUID } from 'node:crypto'
import { cookies } from 'next/headers'
import { decode, encode, type JWT } from 'next-auth/jwt'
import { env } from '@/lib/env.server'
import type { SecondFactorClaim } from './mfa/policy'
import { secondFactorAtSignIn } from './mfa/sign-in.server'
import {
  lifetimeFrom,
  reissuedCookieOptions,
  SESSION_COOKIES,
  type SessionFrame,
  sessionCookieAttributes,
} from './session-lifetime'

// Every session Deelwijs issues has the same claims: the user id, the session version (sign out everywhere), a
// random session id (sign out this one session, lib/auth/revocation.server.ts), the second factor of this session
// (lib/auth/mfa/policy.ts), and the clock claims of the lifetime rules (lib/auth/session-lifetime.ts). Roles are read
// fresh from the database per request, never kept in the cookie.

export function sessionClaimsFor(
  userId: string,
  sessionVersion: number,
  mfa: SecondFactorClaim,
  session: SessionFrame = {},
): JWT {
  const now = Math.floor(Date.now() / 1000)
  return { sub: userId, sv: sessionVersion, sid: randomUUID(), authTime: now, lastSeen: now, mfa, ...session }
}

/**
 * The session cookie for a user who has proved who they are. The caller states the second factor: 'exempt' for a
 * launch from a learning platform or single sign-on (they did their own sign-in and MFA), 'pending' or 'done' for a
 * password (lib/auth/mfa/sign-in.server.ts decides 'done' from a remembered device). An LTI launch in a frame also
 * states `{ frame: 'lti' }`: the claim that keeps its cookie partitioned for the session's whole life (ADR 037).
 */
export async function sessionCookieFor(
  userId: string,
  sessionVersion: number,
  mfa: SecondFactorClaim,
  session: SessionFrame = {},
) {
  const settings = env()
  const lifetime = lifetimeFrom(settings)
  const value = await encode({
    token: sessionClaimsFor(userId, sessionVersion, mfa, session),
    secret: settings.NEXTAUTH_SECRET ?? '',
    maxAge: lifetime.idleSeconds,
  })
  const { name, options } = sessionCookieAttributes(settings, session)
  return { name, value, options: { ...options, maxAge: lifetime.idleSeconds } }
}

/**
 * The one place a password sign-in (and a registration) ends: sets the session cookie on the response of the current
 * server action. A later step that must run before the session is complete (a second factor) hooks in here.
 */
export async function startSession(user: { id: string; sessionVersion: number }): Promise<void> {
  const jar = await cookies()
  // A password alone is one factor: the session starts 'pending' unless this browser is a remembered device.
  const mfa = await secondFactorAtSignIn(user.id, (name) => jar.get(name)?.value)
  const cookie = await sessionCookieFor(user.id, user.sessionVersion, mfa)
  jar.set(cookie.name, cookie.value, cookie.options)
}

/**
 * Removes this request's session cookie (signing out, ending every session, erasing the account), from a server
 * action. With the attributes it was set with: a partitioned cookie (a framed LTI session) is only removed by a
 * Set-Cookie that is partitioned too (ADR 037).
 */
export async function removeSessionCookie(): Promise<void> {
  const jar = await cookies()
  const secret = env().NEXTAUTH_SECRET ?? ''
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value
    const token = value ? await decode({ token: value, secret }).catch(() => null) : null
    jar.set(name, '', reissuedCookieOptions(name, token ?? {}, 0))
  }
}
