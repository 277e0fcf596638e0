import { createHash, randomBytes } from 'node:crypto'
import { cookies } from 'next/headers'
import { forbidden, notFound } from 'next/navigation'
import { z } from 'zod'
import { hasPermission } from '@/lib/auth/permissions'
import { type CurrentUser, getCurrentUser, requirePermission } from '@/lib/auth/session.server'
import { classFor } from '@/lib/classes/access.server'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import type { LiveSessionRow } from './sessions.server'

// Who may do what with a live session. A session without a class belongs to the docent who started it; a class session
// to every docent who may manage that class (its owners, an admin of its organisation). Participants hold a pseudonymous token in a
// cookie scoped to the session: nothing else identifies them, and it is deleted with the session.

const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i)

export type LiveAccess = { verdict: 'allowed'; session: LiveSessionRow } | { verdict: 'hidden' | 'forbidden' }

/** Whether this user may run the session: the same check for pages, the CSV and the control API. */
export async function liveSessionFor(user: CurrentUser, rawId: unknown): Promise<LiveAccess> {
  if (!hasPermission(user.memberships, 'manage:group:org')) return { verdict: 'forbidden' }
  const parsed = idSchema.safeParse(rawId)
  const session = parsed.success ? await db().liveSession.findUnique({ where: { id: parsed.data } }) : null
  if (!session) return { verdict: 'hidden' }
  if (!session.groupId) return session.docentId === user.id ? { verdict: 'allowed', session } : { verdict: 'hidden' }
  // A class session follows the class: whoever may manage the class now (also after a hand-over) runs it.
  const access = await classFor(user, session.groupId, 'manage:group:org')
  return access.verdict === 'allowed' ? { verdict: 'allowed', session } : { verdict: access.verdict }
}

/** For pages and actions: the session (of this class, when a class id is given), or sign-in, 404 or 403. */
export async function requireLiveSession(
  rawId: unknown,
  groupId?: string,
): Promise<{ user: CurrentUser; session: LiveSessionRow }> {
  const user = await requirePermission('manage:group:org', { returnTo: '/klas/live' })
  const access = await liveSessionFor(user, rawId)
  if (access.verdict === 'forbidden') forbidden()
  if (access.verdict !== 'allowed' || (access.session.groupId ?? undefined) !== groupId) notFound()
  return { user, session: access.session }
}

export function liveCookieName(sessionId: string): string {
  return `deelwijs_live_${sessionId}`
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A new participant (or, for a signed-in class member joining again, the same one with a new token). */
export async function admitParticipant(sessionId: string, userId: string | null): Promise<string> {
  const token = randomBytes(24).toString('base64url')
  const tokenHash = hashToken(token)
  if (userId) {
    await db().liveParticipant.upsert({
      where: { sessionId_userId: { sessionId, userId } },
      create: { sessionId, userId, tokenHash },
      update: { tokenHash },
    })
  } else {
    await db().liveParticipant.create({ data: { sessionId, tokenHash } })
  }
  const jar = await cookies()
  jar.set(liveCookieName(sessionId), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env().NEXTAUTH_URL?.startsWith('https://') ?? false,
    // A session lasts a lesson; the cookie outlives it a little, the participant row does not.
    maxAge: 24 * 60 * 60,
  })
  return token
}

/** The participant of a cookie value, for this session only. */
export async function participantForToken(sessionId: string, token: string | undefined) {
  if (!token || token.length > 100) return null
  const participant = await db().liveParticipant.findUnique({ where: { tokenHash: hashToken(token) } })
  return participant?.sessionId === sessionId ? participant : null
}

/** The participant of this request's cookie. */
export async function currentParticipant(sessionId: string) {
  const jar = await cookies()
  return participantForToken(sessionId, jar.get(liveCookieName(sessionId))?.value)
}

/** A signed-in member of the session's class joins under their account (never as a recorded attempt). */
export async function classMemberId(session: Pick<LiveSessionRow, 'groupId'>): Promise<string | null> {
  const user = await getCurrentUser()
  if (!user || !session.groupId) return null
  const member = await db().groupMember.findUnique({
    where: { groupId_userId: { groupId: session.groupId, userId: user.id } },
    select: { userId: true },
  })
  return member?.userId ?? null
}
