import { cookies } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { decode } from 'next-auth/jwt'
import { cache } from 'react'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import {
  requiresSecondFactor,
  type SecondFactorStep,
  secondFactorClaimOf,
  secondFactorPath,
  secondFactorStep,
} from './mfa/policy'
import { hasPermission, type Permission, ROLES, type Role } from './permissions'
import { lifetimeFrom, SESSION_COOKIES, sessionVerdict } from './session-lifetime'

export type CurrentUser = {
  id: string
  name: string
  email: string
  memberships: { organisationId: string; organisationName: string; role: Role }[]
}

/**
 * The claims of a valid session cookie, or null. The cookie is decoded directly with next-auth's own `decode` rather
 * than through getServerSession: that runs the whole next-auth request pipeline (and re-encodes the token) on every
 * request, for the same three claims. Both lifetime limits are checked here too, not only in the proxy.
 */
async function sessionClaims() {
  const jar = await cookies()
  const value = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean)
  const secret = env().NEXTAUTH_SECRET
  if (!value || !secret) return null
  const token = await decode({ token: value, secret }).catch(() => null)
  if (!token?.sub) return null
  if (sessionVerdict(token, Math.floor(Date.now() / 1000), lifetimeFrom(env())) !== 'ok') return null
  return { userId: token.sub, sessionVersion: token.sv ?? 0, secondFactor: secondFactorClaimOf(token.mfa) }
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

// Read once per request. A session is only valid while the user is active and its session version matches the
// user's: deactivating a user or "sign out everywhere" bumps the version, which ends every existing session.
// One query for the user and their memberships: this runs on every signed-in request.
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  const claims = await sessionClaims()
  if (!claims) return null
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
    WHERE u."id" = ${claims.userId} AND u."active" AND u."sessionVersion" = ${claims.sessionVersion}
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
