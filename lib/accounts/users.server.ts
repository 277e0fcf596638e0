import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { ROLES } from '@/lib/auth/permissions'
import { db, Prisma } from '@/lib/db/client.server'

// The admin's user screens: find people, change a role they hold in an organisation. Deactivating is setUserActive in
// admin.server.ts (it also ends every session). Every change is audited.

const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(''), schema])
    .optional()
    .catch(undefined)

/** The search form's query string. Malformed values are dropped: a URL can be edited by hand. */
export const userFilterSchema = z.object({
  zoek: optional(z.string().trim().max(100)),
  rol: optional(z.enum(ROLES)),
  organisatie: optional(
    z
      .string()
      .regex(/^[a-z0-9]+$/i)
      .max(64),
  ),
  status: optional(z.enum(['actief', 'uitgeschakeld'])),
})
export type UserFilters = z.infer<typeof userFilterSchema>

function userWhere(filters: UserFilters): Prisma.UserWhereInput {
  const membership: Prisma.MembershipWhereInput = {
    ...(filters.rol ? { role: filters.rol } : {}),
    ...(filters.organisatie ? { organisationId: filters.organisatie } : {}),
  }
  return {
    ...(filters.zoek
      ? {
          OR: [
            { name: { contains: filters.zoek, mode: 'insensitive' } },
            { email: { contains: filters.zoek, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(Object.keys(membership).length > 0 ? { memberships: { some: membership } } : {}),
    ...(filters.status ? { active: filters.status === 'actief' } : {}),
  }
}

export async function searchUsers(filters: UserFilters, page: { skip: number; take: number }) {
  const where = userWhere(filters)
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      ...page,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        memberships: {
          orderBy: { createdAt: 'asc' },
          select: { role: true, organisation: { select: { name: true } } },
        },
      },
    }),
  ])
  return { total, users }
}

export async function userDetail(userId: string) {
  if (!/^[a-z0-9]{1,64}$/i.test(userId)) return null
  return db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      createdAt: true,
      lastActiveAt: true,
      passwordHash: true,
      mfaEnabledAt: true,
      identities: { select: { issuer: true } },
      memberships: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, role: true, organisationId: true, organisation: { select: { name: true } } },
      },
    },
  })
}

export type RoleOutcome = 'rol-gewijzigd' | 'rol-ongewijzigd' | 'rol-bestaat-al' | 'eigen-beheerrol' | 'ongeldig'

const changeRoleSchema = z.object({
  membershipId: z
    .string()
    .regex(/^[a-z0-9]+$/i)
    .max(64),
  role: z.enum(ROLES),
})

/** Changes the role one membership grants. An admin cannot take away their own admin role (no locking oneself out). */
export async function changeRole(actorId: string, userId: string, input: unknown): Promise<RoleOutcome> {
  const parsed = changeRoleSchema.safeParse(input)
  if (!parsed.success) return 'ongeldig'
  const membership = await db().membership.findFirst({
    where: { id: parsed.data.membershipId, userId },
    select: { id: true, role: true, organisationId: true },
  })
  if (!membership) return 'ongeldig'
  const to = parsed.data.role
  if (membership.role === to) return 'rol-ongewijzigd'
  if (userId === actorId && membership.role === 'admin') return 'eigen-beheerrol'
  try {
    await db().membership.update({ where: { id: membership.id }, data: { role: to } })
  } catch (error) {
    // The person already holds that role in this organisation (one membership per role).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return 'rol-bestaat-al'
    throw error
  }
  await audit({
    actorId,
    organisationId: membership.organisationId,
    action: 'user.role-change',
    detail: { userId, from: membership.role, to },
  })
  return 'rol-gewijzigd'
}
