import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { hasPermission } from '@/lib/auth/permissions'
import type { CurrentUser } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { appLink } from '@/lib/mail/links.server'
import { coDocentMail } from '@/lib/mail/messages'
import { mailDelivery, sendMail } from '@/lib/mail/send.server'
import type { ManagedClass } from './access.server'
import { seesAllClasses } from './ownership'

// The docents of a class. Each function takes a class the caller already passed the guard for (requireClass) and
// answers with a short outcome code: the page turns it into a Dutch message, so the forms work as plain posts.

export type OwnerOutcome =
  | 'docent-toegevoegd'
  | 'docent-verwijderd'
  | 'klas-overgedragen'
  | 'ongeldig-adres'
  | 'onbekende-docent'
  | 'al-docent'
  | 'laatste-docent'
  | 'geen-docent'
  | 'alleen-beheerder'

const emailSchema = z.object({ email: z.string().trim().toLowerCase().pipe(z.email().max(254)) })
const ownerSchema = z.object({ userId: z.string().min(1).max(64) })

export type ClassOwner = { id: string; name: string; email: string; addedAt: Date }

export async function listOwners(group: ManagedClass): Promise<ClassOwner[]> {
  const owners = await db().groupOwner.findMany({
    where: { groupId: group.id },
    orderBy: [{ addedAt: 'asc' }, { userId: 'asc' }],
    select: { addedAt: true, user: { select: { id: true, name: true, email: true } } },
  })
  return owners.map(({ user, addedAt }) => ({ ...user, addedAt }))
}

/**
 * An active account that may run classes in the class's organisation, found by e-mail. Anyone else (unknown address,
 * a learner, a docent of another organisation) is simply "not a docent here": the answer does not tell which.
 */
async function docentOf(group: ManagedClass, input: unknown) {
  const parsed = emailSchema.safeParse(input)
  if (!parsed.success) return 'ongeldig-adres' as const
  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, active: true, memberships: { select: { organisationId: true, role: true } } },
  })
  if (!user?.active || !hasPermission(user.memberships, 'manage:group:org', group.organisationId)) {
    return 'onbekende-docent' as const
  }
  return user
}

/** An owner (or an admin of the organisation) adds a co-docent of the same organisation by e-mail. */
export async function addOwner(actor: CurrentUser, group: ManagedClass, input: unknown): Promise<OwnerOutcome> {
  const docent = await docentOf(group, input)
  if (typeof docent === 'string') return docent
  if (group.ownerIds.includes(docent.id)) return 'al-docent'
  await db().groupOwner.upsert(ownerRow(group.id, docent.id, actor.id))
  await auditOwners(actor, group, 'class.owner-add', docent.id)
  // The class shows up in their list either way; the mail says so when mail leaves the building.
  await mailCoDocent(group, actor, docent)
  return 'docent-toegevoegd'
}

/** The one owner row of a docent in a class, made once (a second add changes nothing). */
function ownerRow(groupId: string, userId: string, addedById: string) {
  return {
    where: { groupId_userId: { groupId, userId } },
    create: { groupId, userId, addedById },
    update: {},
  }
}

/**
 * Tells a new co-docent by mail, when an SMTP server is set (as invitations do): the class is not a secret, but a
 * kept copy would only fill the admin's mail table. A failing mail server never undoes the change.
 */
async function mailCoDocent(group: ManagedClass, actor: CurrentUser, docent: { email: string }) {
  if (mailDelivery() !== 'smtp') return
  try {
    await sendMail({
      kind: 'co-docent',
      to: docent.email,
      ...coDocentMail(group.name, actor.name, appLink(`/klas/${group.id}`)),
    })
  } catch (error) {
    console.error('[deelwijs] co-docent mail failed:', error instanceof Error ? error.message : error)
  }
}

function auditOwners(actor: CurrentUser, group: ManagedClass, action: string, userId: string) {
  return audit({
    actorId: actor.id,
    organisationId: group.organisationId,
    action,
    detail: { groupId: group.id, userId },
  })
}

/** Takes a docent off the class. The last one cannot go: a class always has someone who runs it. */
export async function removeOwner(actor: CurrentUser, group: ManagedClass, input: unknown): Promise<OwnerOutcome> {
  const parsed = ownerSchema.safeParse(input)
  if (!parsed.success || !group.ownerIds.includes(parsed.data.userId)) return 'geen-docent'
  const { userId } = parsed.data
  // Counted inside the transaction, so two owners removing each other at once cannot leave the class without one.
  const removed = await db().$transaction(async (tx) => {
    const owners = await tx.groupOwner.count({ where: { groupId: group.id } })
    if (owners <= 1) return false
    await tx.groupOwner.delete({ where: { groupId_userId: { groupId: group.id, userId } } })
    return true
  })
  if (!removed) return 'laatste-docent'
  await auditOwners(actor, group, 'class.owner-remove', userId)
  return 'docent-verwijderd'
}

/** An admin of the organisation hands the class to one docent, who becomes its only owner. */
export async function handOver(actor: CurrentUser, group: ManagedClass, input: unknown): Promise<OwnerOutcome> {
  if (!seesAllClasses(actor.memberships, group.organisationId)) return 'alleen-beheerder'
  const docent = await docentOf(group, input)
  if (typeof docent === 'string') return docent
  await db().$transaction([
    db().groupOwner.deleteMany({ where: { groupId: group.id, userId: { not: docent.id } } }),
    db().groupOwner.upsert(ownerRow(group.id, docent.id, actor.id)),
  ])
  await auditOwners(actor, group, 'class.hand-over', docent.id)
  return 'klas-overgedragen'
}
