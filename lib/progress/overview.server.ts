import { db } from '@/lib/db/client.server'

export type DilemmaProgress = { status: 'niet-gestart' | 'bezig' | 'afgerond'; score?: number }

/** Per dilemma of a case: the learner's status, and the score of their latest completed attempt. */
export async function progressInCase(userId: string, caseId: string): Promise<Map<string, DilemmaProgress>> {
  const attempts = await db().attempt.findMany({
    where: { userId, caseId, status: { in: ['in_progress', 'completed'] } },
    orderBy: { startedAt: 'asc' },
    select: { dilemmaId: true, status: true, score: true },
  })
  const progress = new Map<string, DilemmaProgress>()
  for (const attempt of attempts) {
    const previous = progress.get(attempt.dilemmaId)
    if (attempt.status === 'completed') {
      progress.set(attempt.dilemmaId, { status: 'afgerond', score: attempt.score ?? undefined })
    } else if (previous?.status !== 'afgerond') {
      progress.set(attempt.dilemmaId, { status: 'bezig' })
    }
  }
  return progress
}
