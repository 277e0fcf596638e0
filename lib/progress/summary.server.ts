import { db } from '@/lib/db/client.server'
import { activeSeconds } from './time-spent'

// One learner's standing on one dilemma, summed over all their attempts: the shared source for the class progress
// matrix, "Mijn opdrachten" and certificates, so those three never disagree.

export type DilemmaKey = { caseId: string; dilemmaId: string }

export type DilemmaSummary = {
  status: 'niet-gestart' | 'bezig' | 'afgerond'
  /** The best score of a completed attempt (0–100). */
  bestScore: number | null
  /** Active time over all attempts (see time-spent.ts). */
  seconds: number
  lastActivityAt: Date | null
  /** The first moment the learner finished this dilemma. */
  firstCompletedAt: Date | null
}

export const NOT_STARTED: DilemmaSummary = {
  status: 'niet-gestart',
  bestScore: null,
  seconds: 0,
  lastActivityAt: null,
  firstCompletedAt: null,
}

export function summaryKey(userId: string, key: DilemmaKey) {
  return `${userId}|${key.caseId}|${key.dilemmaId}`
}

/** Summaries for every (user, dilemma) pair that has an attempt; look up with summaryKey, default NOT_STARTED. */
export async function summariseDilemmas(
  userIds: readonly string[],
  dilemmas: readonly DilemmaKey[],
): Promise<Map<string, DilemmaSummary>> {
  const summaries = new Map<string, DilemmaSummary>()
  if (userIds.length === 0 || dilemmas.length === 0) return summaries
  const attempts = await db().attempt.findMany({
    where: {
      userId: { in: [...userIds] },
      OR: dilemmas.map((d) => ({ caseId: d.caseId, dilemmaId: d.dilemmaId })),
    },
    select: {
      userId: true,
      caseId: true,
      dilemmaId: true,
      status: true,
      score: true,
      startedAt: true,
      updatedAt: true,
      completedAt: true,
      events: { select: { createdAt: true } },
    },
  })
  for (const attempt of attempts) {
    if (!attempt.userId) continue
    const key = summaryKey(attempt.userId, attempt)
    const summary = { ...(summaries.get(key) ?? NOT_STARTED) }
    summary.seconds += activeSeconds(
      attempt.startedAt,
      attempt.events.map((e) => e.createdAt),
    )
    if (!summary.lastActivityAt || attempt.updatedAt > summary.lastActivityAt)
      summary.lastActivityAt = attempt.updatedAt
    if (attempt.status === 'completed') {
      summary.status = 'afgerond'
      if (attempt.score !== null && (summary.bestScore === null || attempt.score > summary.bestScore)) {
        summary.bestScore = attempt.score
      }
      const completedAt = attempt.completedAt ?? attempt.updatedAt
      if (!summary.firstCompletedAt || completedAt < summary.firstCompletedAt) summary.firstCompletedAt = completedAt
    } else if (summary.status === 'niet-gestart') {
      // An abandoned attempt (content changed) still shows the learner began.
      summary.status = 'bezig'
    }
    summaries.set(key, summary)
  }
  return summaries
}
