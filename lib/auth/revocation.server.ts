import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { lifetimeFrom } from './session-lifetime'

// Sessions are JWTs in a cookie, so signing out cannot delete them on the server. Each session carries a random id
// (the `sid` claim); signing out puts that id on this list, and every session read checks it. "Sign out everywhere"
// and deactivation bump the user's session version instead (lib/accounts/admin.server.ts): one write for all sessions.

export type SessionIdentity = { sub?: string; sid?: string; sv?: number; authTime?: number }

/** Ends this one session. A row is kept until the session would have reached its absolute limit anyway. */
export async function revokeSession(token: SessionIdentity): Promise<void> {
  if (!token.sid) return
  const { absoluteSeconds } = lifetimeFrom(env())
  const authTime = token.authTime ?? Math.floor(Date.now() / 1000)
  const expiresAt = new Date((authTime + absoluteSeconds) * 1000)
  await db().revokedSession.upsert({ where: { sid: token.sid }, create: { sid: token.sid, expiresAt }, update: {} })
  // Keep the list short: rows past their session's absolute limit protect nothing.
  await db().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } })
}

/**
 * Whether the session may still be used: its user exists, is active, has the same session version, and this session
 * was not signed out. The same rule as getCurrentUser (lib/auth/session.server.ts), for next-auth's own endpoints.
 */
export async function sessionIsLive(token: SessionIdentity): Promise<boolean> {
  if (!token.sub || !token.sid) return false
  const rows = await db().$queryRaw<{ live: number }[]>`
    SELECT 1 AS "live" FROM "User" u
    WHERE u."id" = ${token.sub} AND u."active" AND u."sessionVersion" = ${token.sv ?? 0}
      AND NOT EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sid" = ${token.sid})`
  return rows.length > 0
}
