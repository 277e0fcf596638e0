import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { hasPermission, type MembershipLike } from '@/lib/auth/permissions'
import { db } from '@/lib/db/client.server'
import type { FormResult } from '@/lib/forms/result'

// Scores a platform refused for good (lib/outbox parks them, ADR 036), for the admin of the platform's organisation
// at /beheer/lti: what the platform answered, and "Opnieuw proberen" once the cause is fixed in the LMS or in the
// registration. No learner names: the column and the answer are what the admin needs to act on.

const SHOWN_PER_PLATFORM = 20

export type ParkedForPlatform = {
  count: number
  /** Not parked but not delivered either after a failure (a retry, or a temporary fault): on their way again. */
  waiting: number
  latest: {
    id: string
    parkedAt: Date
    status: number | null
    answer: string
    caseId: string
    dilemmaId: string | null
  }[]
}

/**
 * Per platform of these organisations with something to report: how many scores are parked, the latest few with the
 * platform's answer, and how many wait for another try after a failure (so the section, and the answer to "Opnieuw
 * proberen", stay on the page until those are delivered).
 */
export async function parkedScores(organisationIds: string[]) {
  const platforms = await db().ltiPlatform.findMany({
    where: { organisationId: { in: organisationIds } },
    select: { id: true },
  })
  const result = new Map<string, ParkedForPlatform>()
  for (const { id } of platforms) {
    const where = { parkedAt: { not: null }, gradeLink: { platformId: id } }
    const count = await db().ltiScore.count({ where })
    const waiting = await db().ltiScore.count({
      where: { parkedAt: null, sentAt: null, lastError: { not: null }, gradeLink: { platformId: id } },
    })
    if (count === 0 && waiting === 0) continue
    const rows = await db().ltiScore.findMany({
      where,
      orderBy: { parkedAt: 'desc' },
      take: SHOWN_PER_PLATFORM,
      select: {
        id: true,
        parkedAt: true,
        lastStatus: true,
        lastError: true,
        gradeLink: { select: { caseId: true, dilemmaId: true } },
      },
    })
    result.set(id, {
      count,
      waiting,
      latest: rows.map((row) => ({
        id: row.id,
        parkedAt: row.parkedAt ?? new Date(0),
        status: row.lastStatus,
        answer: row.lastError ?? '',
        caseId: row.gradeLink.caseId,
        dilemmaId: row.gradeLink.dilemmaId,
      })),
    })
  }
  return result
}

const retrySchema = z.object({ platformId: z.string().min(1).max(64) })

/**
 * "Opnieuw proberen": every parked score of the platform goes back in the outbox, with a fresh count of tries. Only
 * for an admin of the platform's organisation; audited.
 */
export async function retryParkedScores(
  actor: { id: string; memberships: readonly MembershipLike[] },
  input: unknown,
): Promise<FormResult> {
  const parsed = retrySchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Deze leeromgeving bestaat niet.' }
  const platform = await db().ltiPlatform.findUnique({
    where: { id: parsed.data.platformId },
    select: { id: true, name: true, organisationId: true },
  })
  if (!platform || !hasPermission(actor.memberships, 'manage:user:any', platform.organisationId)) {
    return { ok: false, message: 'Deze leeromgeving bestaat niet (meer).' }
  }
  const { count } = await db().ltiScore.updateMany({
    where: { parkedAt: { not: null }, sentAt: null, gradeLink: { platformId: platform.id } },
    data: { parkedAt: null, lastStatus: null, tries: 0, nextTryAt: new Date() },
  })
  await audit({
    actorId: actor.id,
    action: 'lti-score.retry',
    organisationId: platform.organisationId,
    detail: { platformId: platform.id, scores: count },
  })
  if (count === 0) return { ok: true, message: `Er wachten geen geweigerde scores meer voor ${platform.name}.` }
  return {
    ok: true,
    message: `${count} ${count === 1 ? 'score gaat' : 'scores gaan'} opnieuw naar ${platform.name}. Weigert de leeromgeving weer, dan staat het antwoord hier.`,
  }
}
