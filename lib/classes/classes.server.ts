import { audit } from '@/lib/audit/log.server'
import { hasPermission } from '@/lib/auth/permissions'
import type { CurrentUser } from '@/lib/auth/session.server'
import { db, Prisma } from '@/lib/db/client.server'
import { type FormResult, fieldErrorsOf } from '@/lib/forms/result'
import { generateJoinCode } from '@/lib/groups/join-code'
import type { ManagedClass } from './access.server'
import { createClassSchema, joinCodeActionSchema, memberSchema, renameClassSchema } from './schemas'

// What a docent does with a class. Each function takes a class the caller already passed the guard for
// (requireClass) and raw form input, validates it, and answers with a result the form can show.

function expiry(validityDays: string) {
  return new Date(Date.now() + Number(validityDays) * 24 * 60 * 60 * 1000)
}

/** Retries on the rare collision of a fresh code with an existing one. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(generateJoinCode())
    } catch (error) {
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
      if (!collision || attempt >= 4) throw error
    }
  }
}

export async function createClass(user: CurrentUser, input: unknown): Promise<FormResult & { groupId?: string }> {
  const parsed = createClassSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { name, organisationId, validity } = parsed.data
  if (!hasPermission(user.memberships, 'manage:group:org', organisationId)) {
    return { ok: false, fieldErrors: { organisationId: 'In deze organisatie mag je geen klassen maken.' } }
  }
  const group = await withFreshCode((joinCode) =>
    db().group.create({
      data: {
        name,
        organisationId,
        kind: 'klas',
        joinCode,
        joinCodeExpiresAt: expiry(validity),
        createdById: user.id,
        // The maker is the first owner: only owners (and admins of the organisation) see the class.
        owners: { create: { userId: user.id, addedById: user.id } },
      },
      select: { id: true },
    }),
  )
  return { ok: true, groupId: group.id }
}

export async function renameClass(group: ManagedClass, input: unknown): Promise<FormResult> {
  const parsed = renameClassSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  await db().group.update({ where: { id: group.id }, data: { name: parsed.data.name } })
  return { ok: true, message: `De klas heet nu ‘${parsed.data.name}’.` }
}

/** Archiving hides the class and closes its code; nothing is deleted, and it can be brought back. */
export async function setArchived(user: CurrentUser, group: ManagedClass, archived: boolean): Promise<FormResult> {
  await db().group.update({ where: { id: group.id }, data: { archivedAt: archived ? new Date() : null } })
  await audit({
    actorId: user.id,
    organisationId: group.organisationId,
    action: archived ? 'class.archive' : 'class.restore',
    detail: { groupId: group.id },
  })
  return {
    ok: true,
    message: archived
      ? `‘${group.name}’ is gearchiveerd. De voortgang blijft bewaard.`
      : `‘${group.name}’ is weer actief.`,
  }
}

export async function changeJoinCode(group: ManagedClass, input: unknown): Promise<FormResult> {
  const parsed = joinCodeActionSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Deze actie kennen we niet.' }
  const command = parsed.data
  if (command.action === 'uitzetten') {
    await db().group.update({ where: { id: group.id }, data: { joinCodeEnabled: false } })
    return { ok: true, message: 'De klascode is uitgezet. Niemand kan er nog mee meedoen.' }
  }
  if (command.action === 'aanzetten' && group.joinCode) {
    await db().group.update({
      where: { id: group.id },
      data: { joinCodeEnabled: true, joinCodeExpiresAt: expiry(command.validity) },
    })
    return { ok: true, message: 'De klascode werkt weer.' }
  }
  await withFreshCode((joinCode) =>
    db().group.update({
      where: { id: group.id },
      data: { joinCode, joinCodeEnabled: true, joinCodeExpiresAt: expiry(command.validity) },
    }),
  )
  return { ok: true, message: 'Er is een nieuwe klascode. De oude werkt niet meer.' }
}

/**
 * Takes a student out of the class. Their account, attempts and choices stay: they can finish what they started, and
 * their work counts again if they rejoin.
 */
export async function removeMember(user: CurrentUser, group: ManagedClass, input: unknown): Promise<FormResult> {
  const parsed = memberSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Deze student bestaat niet.' }
  const removed = await db().groupMember.deleteMany({ where: { groupId: group.id, userId: parsed.data.userId } })
  if (removed.count === 0) return { ok: false, message: 'Deze student zit niet (meer) in de klas.' }
  await audit({
    actorId: user.id,
    organisationId: group.organisationId,
    action: 'class.remove-member',
    detail: { groupId: group.id },
  })
  return { ok: true, message: 'De student is uit de klas gehaald. Wat hij of zij al deed, blijft bewaard.' }
}
