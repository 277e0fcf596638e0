import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'

// The hand-off from an LTI launch in an LMS's frame whose session cookie did not stick (the browser blocks
// third-party cookies and keeps no partitioned one either) to a window of Deelwijs's own. The launch makes a random
// token, valid two minutes and once, and sends the frame to /api/lti/launch/check with it. There, a frame that shows
// the new session's cookie drops the token and goes on; a frame without it gets "Open Deelwijs in een nieuw venster",
// a form that posts the token to /api/lti/handoff in a new top-level window, where the cookie is first-party and
// sticks. Only the token's SHA-256 is stored (docs/decisions/037-framed-lti-sessions.md).

export const HANDOFF_SECONDS = 120

export type HandoffError = 'handoff-unknown' | 'handoff-used' | 'handoff-expired' | 'inactive'

/** The HTTP status of each refusal: unknown 404, used or expired 410 (gone), a deactivated account 403. */
export const HANDOFF_STATUS = {
  'handoff-unknown': 404,
  'handoff-used': 410,
  'handoff-expired': 410,
  inactive: 403,
} as const

/** 32 random bytes in base64url: what the check URL and the hand-off form carry. */
export const handoffTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/)

function hashOf(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/** A new hand-off for the launched user, continuing at `destination` (a path within Deelwijs). */
export async function createHandoff(userId: string, destination: string): Promise<string> {
  if (!destination.startsWith('/') || destination.startsWith('//')) throw new Error('destination must be a path')
  const token = randomBytes(32).toString('base64url')
  await db().ltiHandoff.create({
    data: { tokenHash: hashOf(token), userId, destination, expiresAt: new Date(Date.now() + HANDOFF_SECONDS * 1000) },
  })
  return token
}

/** The hand-off of a token while it can still be used, or why not. */
export async function pendingHandoff(
  token: string,
): Promise<
  { ok: true; userId: string; destination: string } | { ok: false; error: Exclude<HandoffError, 'inactive'> }
> {
  const row = await db().ltiHandoff.findUnique({ where: { tokenHash: hashOf(token) } })
  if (!row) return { ok: false, error: 'handoff-unknown' }
  if (row.usedAt) return { ok: false, error: 'handoff-used' }
  if (row.expiresAt <= new Date()) return { ok: false, error: 'handoff-expired' }
  return { ok: true, userId: row.userId, destination: row.destination }
}

/**
 * The session cookie came back in the frame: the hand-off is not needed, and is removed so its token (in the frame's
 * address) is worth nothing afterwards. Only for its own user's session.
 */
export async function dropHandoff(token: string, userId: string): Promise<boolean> {
  const { count } = await db().ltiHandoff.deleteMany({ where: { tokenHash: hashOf(token), userId } })
  return count === 1
}

export type Redeemed =
  | { ok: true; userId: string; sessionVersion: number; destination: string }
  | { ok: false; error: HandoffError }

/**
 * Uses the hand-off up: once, within its two minutes, for an active user. The claim is one conditional update, so
 * two posts of the same token at once sign in at most one browser.
 */
export async function redeemHandoff(token: string): Promise<Redeemed> {
  const row = await db().ltiHandoff.findUnique({
    where: { tokenHash: hashOf(token) },
    include: { user: { select: { active: true, sessionVersion: true } } },
  })
  if (!row) return { ok: false, error: 'handoff-unknown' }
  const now = new Date()
  const { count } = await db().ltiHandoff.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  // Nothing claimed: used before (or just now, by a post racing this one), or past its two minutes.
  if (count === 0) return { ok: false, error: !row.usedAt && row.expiresAt <= now ? 'handoff-expired' : 'handoff-used' }
  if (!row.user.active) return { ok: false, error: 'inactive' }
  return { ok: true, userId: row.userId, sessionVersion: row.user.sessionVersion, destination: row.destination }
}
