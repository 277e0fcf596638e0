import { Prisma } from '@/lib/db/client.server'

// Keeps the report rollups (LearnerDilemma, FirstAnswer; see prisma/schema.prisma) in step with recorded moves. The
// recorder appends rollupsForMove to its single write statement, so a move and its rollup rows commit together or not
// at all. One row per organisation the learner belongs to; ON CONFLICT makes every write idempotent.

// Only raw execution is needed, so a transaction client and the plain client (for seeds, startAttempt) both fit.
type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>
type DilemmaRef = { caseId: string; dilemmaId: string }
type Answer = { sceneId: string; choiceId: string; quality: string | null }

/**
 * The rollup side of one recorded move, as CTEs appended to the recorder's single statement
 * (lib/progress/attempts.server.ts). They read its `moved` CTE (the attempt's "startedAt", empty when the move was not
 * written), so the rollups change only together with the move. The same rows as noteStarted, noteAnswer and
 * noteCompleted below, which the seeds use to write history with past timestamps.
 */
export function rollupsForMove(
  userId: string,
  dilemma: DilemmaRef,
  change: { answer: Answer | null; completedScore: number | null | undefined },
) {
  const completed = change.completedScore !== undefined
  const score = change.completedScore ?? null
  const answer = change.answer
  return Prisma.sql`, orgs AS (
      SELECT DISTINCT "organisationId" FROM "Membership"
      WHERE "userId" = ${userId} AND EXISTS (SELECT 1 FROM moved)
    ), started AS (
      INSERT INTO "LearnerDilemma"
        ("id", "organisationId", "userId", "caseId", "dilemmaId", "startedAt", "completedAt", "bestScore")
      SELECT gen_random_uuid()::text, o."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
             (SELECT "startedAt" FROM moved), CASE WHEN ${completed} THEN now() END, ${score}::int
      FROM orgs o
      ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId") DO UPDATE
      SET "completedAt" = COALESCE("LearnerDilemma"."completedAt", EXCLUDED."completedAt"),
          "bestScore" = GREATEST("LearnerDilemma"."bestScore", EXCLUDED."bestScore")
      WHERE ${completed}
    ), completed_elsewhere AS (
      -- rows for organisations the learner has since left, as noteCompleted touches every row of the learner
      UPDATE "LearnerDilemma"
      SET "completedAt" = COALESCE("completedAt", now()), "bestScore" = GREATEST("bestScore", ${score}::int)
      WHERE ${completed} AND EXISTS (SELECT 1 FROM moved) AND "userId" = ${userId}
        AND "caseId" = ${dilemma.caseId} AND "dilemmaId" = ${dilemma.dilemmaId}
        AND "organisationId" NOT IN (SELECT "organisationId" FROM orgs)
    ), answered AS (
      INSERT INTO "FirstAnswer"
        ("id", "organisationId", "userId", "caseId", "dilemmaId", "sceneId", "choiceId", "quality", "answeredAt")
      SELECT gen_random_uuid()::text, o."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
             ${answer?.sceneId ?? null}, ${answer?.choiceId ?? null}, ${answer?.quality ?? null}, now()
      FROM orgs o
      WHERE ${answer !== null}
      ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId", "sceneId") DO NOTHING
    )
`
}

export async function noteStarted(tx: Tx, userId: string, dilemma: DilemmaRef, at: Date) {
  await tx.$executeRaw`
    INSERT INTO "LearnerDilemma" ("id", "organisationId", "userId", "caseId", "dilemmaId", "startedAt")
    SELECT gen_random_uuid()::text, m."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId}, ${at}
    FROM (SELECT DISTINCT "organisationId" FROM "Membership" WHERE "userId" = ${userId}) m
    ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId") DO NOTHING`
}

export async function noteCompleted(tx: Tx, userId: string, dilemma: DilemmaRef, score: number | null, at: Date) {
  await tx.$executeRaw`
    UPDATE "LearnerDilemma"
    SET "completedAt" = COALESCE("completedAt", ${at}), "bestScore" = GREATEST("bestScore", ${score}::int)
    WHERE "userId" = ${userId} AND "caseId" = ${dilemma.caseId} AND "dilemmaId" = ${dilemma.dilemmaId}`
}

export async function noteAnswer(tx: Tx, userId: string, dilemma: DilemmaRef, answer: Answer, at: Date) {
  await tx.$executeRaw`
    INSERT INTO "FirstAnswer"
      ("id", "organisationId", "userId", "caseId", "dilemmaId", "sceneId", "choiceId", "quality", "answeredAt")
    SELECT gen_random_uuid()::text, m."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
           ${answer.sceneId}, ${answer.choiceId}, ${answer.quality}, ${at}
    FROM (SELECT DISTINCT "organisationId" FROM "Membership" WHERE "userId" = ${userId}) m
    ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId", "sceneId") DO NOTHING`
}
