import { hashPassword } from '@/lib/auth/password.server'
import type { Role } from '@/lib/auth/permissions'
import type { db as getDb } from '@/lib/db/client.server'
import { generateJoinCode } from '@/lib/groups/join-code'

// Factories shared by the demo seed and the tests, so both build data the same way the app does.
type Db = ReturnType<typeof getDb>

let counter = 0
function unique(prefix: string) {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}`
}

export async function createOrganisation(
  db: Db,
  data: { name?: string; slug?: string; kind?: 'gemeente' | 'hogeschool' | 'zorgorganisatie' } = {},
) {
  const slug = data.slug ?? unique('org')
  return db.organisation.upsert({
    where: { slug },
    update: {},
    create: { slug, name: data.name ?? `Organisatie ${slug}`, kind: data.kind ?? 'gemeente' },
  })
}

export async function createUser(
  db: Db,
  data: {
    email?: string
    name?: string
    password?: string
    organisationId?: string
    role?: Role
    isDemo?: boolean
    active?: boolean
  } = {},
) {
  const email = (data.email ?? `${unique('user')}@example.test`).toLowerCase()
  // Hashing is deliberately slow, so only hash for a user that does not exist yet (the seed runs at every start).
  const user =
    (await db.user.findUnique({ where: { email } })) ??
    (await db.user.create({
      data: {
        email,
        name: data.name ?? 'Test Gebruiker',
        passwordHash: await hashPassword(data.password ?? 'correct horse battery staple'),
        isDemo: data.isDemo ?? false,
        active: data.active ?? true,
      },
    }))
  if (data.organisationId) {
    const key = { userId: user.id, organisationId: data.organisationId, role: data.role ?? 'learner' }
    await db.membership.upsert({
      where: { userId_organisationId_role: key },
      update: {},
      create: key,
    })
  }
  return user
}

export async function createGroup(
  db: Db,
  data: { organisationId: string; name?: string; kind?: 'klas' | 'team'; joinCode?: string; joinCodeEnabled?: boolean },
) {
  const joinCode = data.joinCode ?? generateJoinCode()
  const existing = await db.group.findUnique({ where: { joinCode } })
  if (existing) return existing
  return db.group.create({
    data: {
      organisationId: data.organisationId,
      name: data.name ?? unique('Groep'),
      kind: data.kind ?? 'klas',
      joinCode,
      joinCodeEnabled: data.joinCodeEnabled ?? true,
    },
  })
}

export async function addToGroup(db: Db, groupId: string, userId: string) {
  await db.groupMember.upsert({
    where: { groupId_userId: { groupId, userId } },
    update: {},
    create: { groupId, userId },
  })
}
