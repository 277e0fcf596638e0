import { forbidden, notFound } from 'next/navigation'
import { z } from 'zod'
import { organisationsWith } from '@/lib/auth/permissions'
import { type CurrentUser, requirePermission } from '@/lib/auth/session.server'
import { db, type Prisma } from '@/lib/db/client.server'
import { type ClassPermission, type ClassVerdict, classVerdict } from './ownership'

// The one guard for a class page, export or action. The rule itself is lib/classes/ownership.ts: owners and admins of
// the class's organisation get the class; another docent of the organisation gets 404, staff elsewhere 403.

export type { ClassPermission } from './ownership'

const groupIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i)

export type ManagedClass = {
  id: string
  name: string
  organisationId: string
  organisationName: string
  joinCode: string | null
  joinCodeEnabled: boolean
  joinCodeExpiresAt: Date | null
  archivedAt: Date | null
  createdAt: Date
  ownerIds: string[]
}

/** For pages and server actions: the class, or sign-in, 404 or 403. */
export async function requireClass(
  rawGroupId: unknown,
  permission: ClassPermission = 'manage:group:org',
): Promise<{ user: CurrentUser; group: ManagedClass }> {
  const parsed = groupIdSchema.safeParse(rawGroupId)
  const returnTo = parsed.success ? `/klas/${parsed.data}` : '/klas'
  const user = await requirePermission(permission, { returnTo })
  const access = await classFor(user, parsed.success ? parsed.data : null, permission)
  if (access.verdict === 'forbidden') forbidden()
  if (access.verdict !== 'allowed') notFound()
  return { user, group: access.group }
}

/**
 * For route handlers (which answer in JSON rather than throwing): the class with the viewer's verdict. An unknown id
 * and a class the viewer may not see both come back as 'hidden'.
 */
export async function classFor(
  user: CurrentUser,
  rawGroupId: unknown,
  permission: ClassPermission,
): Promise<{ verdict: 'allowed'; group: ManagedClass } | { verdict: Exclude<ClassVerdict, 'allowed'> }> {
  const parsed = groupIdSchema.safeParse(rawGroupId)
  const group = parsed.success ? await findClass(parsed.data) : null
  if (!group) return { verdict: 'hidden' }
  const verdict = classVerdict(user, group, permission)
  return verdict === 'allowed' ? { verdict, group } : { verdict }
}

/** The classes the user may see in the given organisations: their own, or all of those where they are admin. */
export function visibleClassesWhere(user: CurrentUser, organisationIds: string[]): Prisma.GroupWhereInput {
  const everyClass = organisationsWith(user.memberships, 'manage:all-groups:org').filter((id) =>
    organisationIds.includes(id),
  )
  return {
    kind: 'klas',
    organisationId: { in: organisationIds },
    OR: [{ organisationId: { in: everyClass } }, { owners: { some: { userId: user.id } } }],
  }
}

/** Looks a class up without any access check: only for the guard above and for tests. */
export async function findClass(groupId: string): Promise<ManagedClass | null> {
  const group = await db().group.findFirst({
    where: { id: groupId, kind: 'klas' },
    select: {
      id: true,
      name: true,
      organisationId: true,
      joinCode: true,
      joinCodeEnabled: true,
      joinCodeExpiresAt: true,
      archivedAt: true,
      createdAt: true,
      organisation: { select: { name: true } },
      owners: { select: { userId: true } },
    },
  })
  if (!group) return null
  const { organisation, owners, ...rest } = group
  return { ...rest, organisationName: organisation.name, ownerIds: owners.map((o) => o.userId) }
}
