import { forbidden, redirect } from 'next/navigation'
import { getServerSession } from 'next-auth'
import { cache } from 'react'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { authOptions } from './options.server'
import { hasPermission, type Permission, type Role } from './permissions'
import { lifetimeFrom } from './session-lifetime'

export type CurrentUser = {
  id: string
  name: string
  email: string
  memberships: { organisationId: string; organisationName: string; role: Role }[]
}

// Read once per request. A session is only valid while the user is active and its session version matches the
// user's: deactivating a user or "sign out everywhere" bumps the version, which ends every existing session.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions)
  if (!session?.userId) return null
  // Defence in depth: the proxy already ends sessions past their absolute lifetime.
  const absolute = lifetimeFrom(env()).absoluteSeconds
  if (session.authTime && Date.now() / 1000 - session.authTime > absolute) return null
  const user = await db().user.findFirst({
    where: { id: session.userId, active: true, sessionVersion: session.sv ?? 0 },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: { select: { organisationId: true, role: true, organisation: { select: { name: true } } } },
    },
  })
  if (!user) return null
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    memberships: user.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisation.name,
      role: m.role,
    })),
  }
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
