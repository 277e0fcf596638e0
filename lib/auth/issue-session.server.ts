import { encode } from 'next-auth/jwt'
import { env } from '@/lib/env.server'
import type { SecondFactorClaim } from './mfa/policy'
import { lifetimeFrom, sessionCookieAttributes } from './session-lifetime'

// A session for someone who signed in elsewhere (an LTI launch): the same cookie, claims and lifetime next-auth
// issues after a sign-in with a password (lib/auth/options.server.ts), so every guard treats it alike. The caller
// states the second factor: 'exempt' for a launch from a learning platform (it did its own sign-in and MFA),
// 'pending' for anything that checked only a password (lib/auth/mfa/sign-in.server.ts decides 'done' from a
// remembered device).
export async function sessionCookieFor(userId: string, sessionVersion: number, mfa: SecondFactorClaim) {
  const settings = env()
  const lifetime = lifetimeFrom(settings)
  const now = Math.floor(Date.now() / 1000)
  const value = await encode({
    token: { sub: userId, sv: sessionVersion, authTime: now, lastSeen: now, mfa },
    secret: settings.NEXTAUTH_SECRET ?? '',
    maxAge: lifetime.idleSeconds,
  })
  const { name, options } = sessionCookieAttributes(settings)
  return { name, value, options: { ...options, maxAge: lifetime.idleSeconds } }
}
