import { forbidden, notFound } from 'next/navigation'
import { z } from 'zod'
import { hasPermission } from '@/lib/auth/permissions'
import { type CurrentUser, requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'

// The one guard for a class page or action: the user must hold the permission in the class's own organisation.
// A docent of another organisation gets 403, not the class.

export type ClassPermission = 'manage:group:org' | 'read:group-progress:org'

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
}

export async function requireClass(
  rawGroupId: unknown,
  permission: ClassPermission = 'manage:group:org',
): Promise<{ user: CurrentUser; group: ManagedClass }> {
  const parsed = groupIdSchema.safeParse(rawGroupId)
  const returnTo = parsed.success ? `/klas/${parsed.data}` : '/klas'
  const user = await requirePermission(permission, { returnTo })
  if (!parsed.success) notFound()
  const group = await findClass(parsed.data)
  if (!group) notFound()
  if (!hasPermission(user.memberships, permission, group.organisationId)) forbidden()
  return { user, group }
}

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
    },
  })
  if (!group) return null
  const { organisation, ...rest } = group
  return { ...rest, organisationName: organisation.name }
}
