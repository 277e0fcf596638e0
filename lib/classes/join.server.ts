import { db, Prisma } from '@/lib/db/client.server'
import { normaliseJoinCode } from '@/lib/groups/join-code'
import { consumeLimit } from '@/lib/security/rate-limit.server'

// Joining a class with its code, for new accounts (registration) and for people who already have one.

export type OpenClass = { id: string; name: string; organisationId: string; organisationName: string }

export type CodeLookup =
  | { kind: 'open'; group: OpenClass }
  | { kind: 'unknown' }
  | { kind: 'disabled' }
  | { kind: 'expired' }
  | { kind: 'archived' }

const CODE_PROBLEMS: Record<Exclude<CodeLookup['kind'], 'open'>, string> = {
  unknown: 'Deze klascode bestaat niet. Kijk of je hem goed hebt overgenomen, of vraag je docent om de juiste code.',
  disabled: 'Deze klascode is uitgezet door je docent. Vraag je docent om een nieuwe code.',
  expired: 'Deze klascode is verlopen. Vraag je docent om een nieuwe code.',
  archived: 'Deze klas is gearchiveerd. Je kunt er niet meer aan meedoen.',
}

export function codeProblem(kind: Exclude<CodeLookup['kind'], 'open'>): string {
  return CODE_PROBLEMS[kind]
}

export async function lookUpJoinCode(rawCode: string, now = new Date()): Promise<CodeLookup> {
  const code = normaliseJoinCode(rawCode)
  if (code.length === 0 || code.length > 20) return { kind: 'unknown' }
  const group = await db().group.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      organisationId: true,
      joinCodeEnabled: true,
      joinCodeExpiresAt: true,
      archivedAt: true,
      organisation: { select: { name: true } },
    },
  })
  if (!group) return { kind: 'unknown' }
  if (group.archivedAt) return { kind: 'archived' }
  if (!group.joinCodeEnabled) return { kind: 'disabled' }
  if (group.joinCodeExpiresAt && group.joinCodeExpiresAt <= now) return { kind: 'expired' }
  return {
    kind: 'open',
    group: {
      id: group.id,
      name: group.name,
      organisationId: group.organisationId,
      organisationName: group.organisation.name,
    },
  }
}

/**
 * A lookup on behalf of an anonymous visitor (/meedoen/<code>), counted against the join-code limit of their address:
 * an open code names its class, so trying codes there is guessing too.
 */
export async function lookUpJoinCodeFrom(
  rawCode: string,
  clientAddress: string,
): Promise<CodeLookup | { kind: 'limited'; message: string }> {
  const limit = await consumeLimit('joinCode', `ip:${clientAddress}`)
  if (!limit.ok) return { kind: 'limited', message: limit.message }
  return lookUpJoinCode(rawCode)
}

export type JoinResult = { ok: true; group: OpenClass; alreadyMember: boolean } | { ok: false; message: string }

/** Adds a signed-in user to the class of the code; joining twice is harmless and says so. */
export async function joinClass(userId: string, rawCode: string): Promise<JoinResult> {
  const lookup = await lookUpJoinCode(rawCode)
  if (lookup.kind !== 'open') return { ok: false, message: codeProblem(lookup.kind) }
  const { group } = lookup
  const existing = await db().groupMember.findUnique({ where: { groupId_userId: { groupId: group.id, userId } } })
  if (existing) return { ok: true, group, alreadyMember: true }
  await db()
    .$transaction(async (tx) => {
      // Someone without a role in the class's organisation becomes a learner there; other roles already allow play.
      const roles = await tx.membership.count({ where: { userId, organisationId: group.organisationId } })
      if (roles === 0) {
        await tx.membership.create({ data: { userId, organisationId: group.organisationId, role: 'learner' } })
      }
      await tx.groupMember.create({ data: { groupId: group.id, userId } })
    })
    .catch((error: unknown) => {
      // A second submit that raced the first: the user is in the class, which is what they asked for.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error
    })
  return { ok: true, group, alreadyMember: false }
}
