import type { Prisma } from '@/lib/db/client.server'

// Keeps the report rollups (LearnerDilemma, FirstAnswer; see prisma/schema.prisma) in step with recorded moves. Called
// inside the recorder's transaction, so a move and its rollup rows commit together or not at all. One row per
// organisation the learner belongs to; ON CONFLICT makes every call idempotent.

// Only raw execution is needed, so a transaction client and the plain client (for seeds) both fit.
type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>
type DilemmaRef = { caseId: string; dilemmaId: string }

export async function noteStarted(tx: Tx, userId: string, dilemma: DilemmaRef, at: Date) {
  await tx.$executeRaw`
    INSERT INTO "LearnerDilemma" ("id", "organisationId", "userId", "caseId", "scenarioId", "startedAt")
    SELECT gen_random_uuid()::text, m."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId}, ${at}
    FROM (SELECT DISTINCT "organisationId" FROM "Membership" WHERE "userId" = ${userId}) m
    ON CONFLICT ("organisationId", "userId", "caseId", "scenarioId") DO NOTHING`
}

export async function noteCompleted(tx: Tx, userId: string, dilemma: DilemmaRef, score: number | null, at: Date) {
  await tx.$executeRaw`
    UPDATE "LearnerDilemma"
    SET "completedAt" = COALESCE("completedAt", ${at}), "bestScore" = GREATEST("bestScore", ${score}::int)
    WHERE "userId" = ${userId} AND "caseId" = ${dilemma.caseId} AND "scenarioId" = ${dilemma.dilemmaId}`
}

export async function noteAnswer(
  tx: Tx,
  userId: string,
  dilemma: DilemmaRef,
  answer: { sceneId: string; choiceId: string; quality: string | null },
  at: Date,
) {
  await tx.$executeRaw`
    INSERT INTO "FirstAnswer"
      ("id", "organisationId", "userId", "caseId", "scenarioId", "sceneId", "choiceId", "quality", "answeredAt")
    SELECT gen_random_uuid()::text, m."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
           ${answer.sceneId}, ${answer.choiceId}, ${answer.quality}, ${at}
    FROM (SELECT DISTINCT "organisationId" FROM "Membership" WHERE "userId" = ${userId}) m
    ON CONFLICT ("organisationId", "userId", "caseId", "scenarioId", "sceneId") DO NOTHING`
}
