import { cookies } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { decode } from 'next-auth/jwt'
import { cache } from 'react'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import {
  requiresSecondFactor,
  type SecondFactorClaim,
  type SecondFactorStep,
  secondFactorClaimOf,
  secondFactorPath,
  secondFactorStep,
} from './mfa/policy'
import { hasPermission, type Permission, ROLES, type Role } from './permissions'
import type { SessionIdentity } from './revocation.server'
import { lifetimeFrom, SESSION_COOKIES, sessionVerdict } from './session-lifetime'

export type CurrentUser = {
  id: string
  name: string
  email: string
  memberships: { organisationId: string; organisationName: string; role: Role }[]
}

/** What a session cookie says about its session: who, which sign-in (sid), and its second factor. */
export type SessionClaims = SessionIdentity & { secondFactor: SecondFactorClaim }

/**
 * The claims of a session cookie within its lifetime, or null. The cookie is decoded directly with next-auth's own `decode` rather
 * than through getServerSession: that runs the whole next-auth request pipeline (and re-encodes the token) on every
 * request, for the same three claims. Both lifetime limits are checked here too, not only in the proxy.
 */
export async function claimsFromCookie(value: string | undefined): Promise<SessionClaims | null> {
  const secret = env().NEXTAUTH_SECRET
  if (!value || !secret) return null
  const token = await decode({ token: value, secret }).catch(() => null)
  // A session without a session id predates revocation and cannot be signed out: it is not accepted.
  if (!token?.sub || !token.sid) return null
  if (sessionVerdict(token, Math.floor(Date.now() / 1000), lifetimeFrom(env())) !== 'ok') return null
  return {
    sub: token.sub,
    sid: token.sid,
    sv: token.sv ?? 0,
    authTime: token.authTime,
    secondFactor: secondFactorClaimOf(token.mfa),
  }
}

/** The claims of this request's session cookie, whether or not the session is still live. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies()
  return claimsFromCookie(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean))
}

const membershipsSchema = z.array(
  z.object({
    organisationId: z.string(),
    organisationName: z.string(),
    role: z.enum(ROLES),
    mfaForDocents: z.boolean(),
  }),
)

/** A valid session and what it still has to do before it counts as signed in (the second factor, see mfa/policy). */
export type SessionState = { user: CurrentUser; step: SecondFactorStep }

/**
 * The session of a cookie's value, or null. A session is only valid while the user is active, its session version
 * matches the user's (deactivating a user or "sign out everywhere" bumps the version) and it was not signed out (its
 * sid is not on the revocation list). One query for all of that plus the memberships and the second factor: this runs
 * on every signed-in request.
 */
export async function sessionStateForCookie(value: string | undefined): Promise<SessionState | null> {
  const claims = await claimsFromCookie(value)
  if (!claims?.sub || !claims.sid) return null
  const [user] = await db().$queryRaw<
    { id: string; name: string; email: string; mfaEnrolled: boolean; memberships: unknown }[]
  >`
    SELECT u."id", u."name", u."email", u."mfaEnabledAt" IS NOT NULL AS "mfaEnrolled",
      COALESCE(
        json_agg(json_build_object('organisationId', m."organisationId", 'organisationName', o."name", 'role', m."role",
            'mfaForDocents', o."mfaForDocents")
          ORDER BY m."createdAt", m."id") FILTER (WHERE m."id" IS NOT NULL),
        '[]'::json) AS "memberships"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u."id"
    LEFT JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE u."id" = ${claims.sub} AND u."active" AND u."sessionVersion" = ${claims.sv ?? 0}
      AND NOT EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sid" = ${claims.sid})
    GROUP BY u."id"`
  if (!user) return null
  const memberships = membershipsSchema.parse(user.memberships)
  const step = secondFactorStep(claims.secondFactor, {
    enrolled: user.mfaEnrolled,
    required: requiresSecondFactor(memberships),
  })
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      memberships: memberships.map(({ organisationId, organisationName, role }) => ({
        organisationId,
        organisationName,
        role,
      })),
    },
    step,
  }
}

/** The signed-in user of a session cookie's value: only once the session's second factor is done or not needed. */
export async function userForSessionCookie(value: string | undefined): Promise<CurrentUser | null> {
  const state = await sessionStateForCookie(value)
  return state?.step === 'none' ? state.user : null
}

// Read once per request.
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  const jar = await cookies()
  return sessionStateForCookie(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean))
})

/**
 * The signed-in user, or null. A session whose second factor is still outstanding is not signed in yet: every page,
 * action and route reads the user through here (or the guards below), so none of them can be reached before the code
 * is answered or, where the role requires it, the second factor is set up.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const state = await getSessionState()
  return state?.step === 'none' ? state.user : null
})

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const state = await getSessionState()
  if (!state) redirect(returnTo ? `/inloggen?terug=${encodeURIComponent(returnTo)}` : '/inloggen')
  if (state.step !== 'none') redirect(secondFactorPath(state.step, returnTo))
  return state.user
}

/** For pages and server actions: the user must hold the permission (in the organisation, when given); else 403. */
export async function requirePermission(
  permission: Permission,
  options: { organisationId?: string; returnTo?: string } = {},
): Promise<CurrentUser> {
  const user = await requireUser(options.returnTo)
  if (!hasPermission(user.memberships, permission, options.organisationId)) forbidden()
  return user
}
