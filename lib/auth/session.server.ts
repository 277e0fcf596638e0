import { cookies } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { decode } from 'next-auth/jwt'
import { cache } from 'react'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
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
async function sessionClaims(): Promise<{ userId: string; sessionVersion: number } | null> {
  const jar = await cookies()
  const value = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean)
  const secret = env().NEXTAUTH_SECRET
  if (!value || !secret) return null
  const token = await decode({ token: value, secret }).catch(() => null)
  if (!token?.sub) return null
  if (sessionVerdict(token, Math.floor(Date.now() / 1000), lifetimeFrom(env())) !== 'ok') return null
  return { userId: token.sub, sessionVersion: token.sv ?? 0 }
}

const membershipsSchema = z.array(
  z.object({ organisationId: z.string(), organisationName: z.string(), role: z.enum(ROLES) }),
)

// Read once per request. A session is only valid while the user is active and its session version matches the
// user's: deactivating a user or "sign out everywhere" bumps the version, which ends every existing session.
// One query for the user and their memberships: this runs on every signed-in request.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims()
  if (!claims) return null
  const [user] = await db().$queryRaw<{ id: string; name: string; email: string; memberships: unknown }[]>`
    SELECT u."id", u."name", u."email",
      COALESCE(
        json_agg(json_build_object('organisationId', m."organisationId", 'organisationName', o."name", 'role', m."role")
          ORDER BY m."createdAt", m."id") FILTER (WHERE m."id" IS NOT NULL),
        '[]'::json) AS "memberships"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u."id"
    LEFT JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE u."id" = ${claims.userId} AND u."active" AND u."sessionVersion" = ${claims.sessionVersion}
    GROUP BY u."id"`
  if (!user) return null
  return { id: user.id, name: user.name, email: user.email, memberships: membershipsSchema.parse(user.memberships) }
})

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect(returnTo ? `/inloggen?terug=${encodeURIComponent(returnTo)}` : '/inloggen')
  return user
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
