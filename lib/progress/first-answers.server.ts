import { db } from '@/lib/db/client.server'

// The first answer per scene, for the class discussion: each current member's FIRST choice at each decision point
// of a dilemma, from the event log (replays and "terug" never count twice). The same meaning as the FirstAnswer
// rollup the gemeente's knelpunten read; a class is not an organisation, so the discussion reads the log directly.

export type FirstAnswerCount = { sceneId: string; choiceId: string; n: number }

/** Per scene and choice: how many current members of the group chose it first. One query over the event log. */
export async function groupFirstAnswers(
  groupId: string,
  caseId: string,
  dilemmaId: string,
): Promise<FirstAnswerCount[]> {
  return db().$queryRaw<FirstAnswerCount[]>`
    SELECT first."fromScene" AS "sceneId", first."choiceId", count(*)::int AS n
    FROM (
      SELECT DISTINCT ON (a."userId", e."fromScene") e."fromScene", e."choiceId"
      FROM "ChoiceEvent" e
      JOIN "Attempt" a ON a."id" = e."attemptId"
      JOIN "GroupMember" gm ON gm."userId" = a."userId" AND gm."groupId" = ${groupId}
      WHERE a."caseId" = ${caseId} AND a."dilemmaId" = ${dilemmaId} AND e."kind" = 'choice' AND e."choiceId" IS NOT NULL
      ORDER BY a."userId", e."fromScene", e."createdAt", e."step"
    ) first
    GROUP BY 1, 2`
}

/** Per dilemma: how many current members of the group answered at least one decision point. */
export async function groupAnsweredCounts(groupId: string) {
  return db().$queryRaw<{ caseId: string; dilemmaId: string; n: number }[]>`
    SELECT a."caseId", a."dilemmaId", count(DISTINCT a."userId")::int AS n
    FROM "Attempt" a
    JOIN "GroupMember" gm ON gm."userId" = a."userId" AND gm."groupId" = ${groupId}
    WHERE EXISTS (SELECT 1 FROM "ChoiceEvent" e WHERE e."attemptId" = a."id" AND e."kind" = 'choice')
    GROUP BY 1, 2`
}
