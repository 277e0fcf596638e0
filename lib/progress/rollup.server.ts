import { Prisma } from '@/lib/db/client.server'
import { isBehaald } from '@/lib/engine/scoring'
import { KEY_RANGE } from '@/lib/reports/perturbation'
import { column, cte, MOVE_WRITTEN, type MoveFragment } from './move-statement.server'

// Keeps the report rollups (LearnerDilemma, FirstAnswer; see prisma/schema.prisma) in step with recorded moves. The
// recorder appends rollupsForMove to its single write statement (move-statement.server.ts), so a move and its rollup
// rows commit together or not at all. One row per organisation the learner belongs to; ON CONFLICT makes every write
// idempotent. What the columns mean for display is defined once, in standing.server.ts.

// Only raw execution is needed, so a transaction client and the plain client (for seeds, startAttempt) both fit.
type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>
type DilemmaRef = { caseId: string; dilemmaId: string }
type Answer = { sceneId: string; choiceId: string; quality: string | null }
/** How an attempt ended: its score and the outcome of its ending. */
export type Completion = { score: number | null; outcome: string | null }

/**
 * The rollup side of one recorded move, as CTEs for the recorder's statement. They read its `moved` CTE (the
 * attempt's start, empty when the move was not written) and its `orgs` CTE, so the rollups change only together
 * with the move. The same rows as noteStarted, noteAnswer and noteCompleted below, which the seeds use to write
 * history with past timestamps.
 */
/**
 * A first answer's record key for the cell key method (lib/reports/perturbation.ts): drawn at random once, when the
 * row is written, and never changed.
 */
const RECORD_KEY = Prisma.sql`floor(random() * ${Prisma.raw(String(KEY_RANGE))})::int`

/** The learner's teams in an organisation at this moment: a first answer keeps them, for team insight tables. */
function teamsNow(userId: string, organisationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT gm."groupId" FROM "GroupMember" gm JOIN "Group" g ON g."id" = gm."groupId"
    WHERE gm."userId" = ${userId} AND g."organisationId" = ${organisationId} AND g."kind" = 'team'
    ORDER BY gm."groupId")`
}

export function rollupsForMove(
  userId: string,
  dilemma: DilemmaRef,
  change: { answer: Answer | null; completed: Completion | null },
): MoveFragment[] {
  const completed = change.completed !== null
  const score = change.completed?.score ?? null
  const behaald = isBehaald(change.completed?.outcome, score)
  const answer = change.answer
  const orgs = cte('orgs')
  const organisationId = column('orgs', 'organisationId')
  return [
    {
      name: 'started',
      sql: Prisma.sql`
      INSERT INTO "LearnerDilemma"
        ("id", "organisationId", "userId", "caseId", "dilemmaId", "startedAt", "completedAt", "bestScore", "behaaldAt")
      SELECT gen_random_uuid()::text, o.${organisationId}, ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
             (SELECT ${column('moved', 'startedAt')} FROM ${cte('moved')}), CASE WHEN ${completed} THEN now() END,
             ${score}::int, CASE WHEN ${behaald} THEN now() END
      FROM ${orgs} o
      ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId") DO UPDATE
      SET "completedAt" = COALESCE("LearnerDilemma"."completedAt", EXCLUDED."completedAt"),
          "bestScore" = GREATEST("LearnerDilemma"."bestScore", EXCLUDED."bestScore"),
          "behaaldAt" = COALESCE("LearnerDilemma"."behaaldAt", EXCLUDED."behaaldAt")
      WHERE ${completed}`,
    },
    {
      // rows for organisations the learner has since left, as noteCompleted touches every row of the learner
      name: 'completed_elsewhere',
      sql: Prisma.sql`
      UPDATE "LearnerDilemma"
      SET "completedAt" = COALESCE("completedAt", now()), "bestScore" = GREATEST("bestScore", ${score}::int),
          "behaaldAt" = COALESCE("behaaldAt", CASE WHEN ${behaald} THEN now() END)
      WHERE ${completed} AND ${MOVE_WRITTEN} AND "userId" = ${userId}
        AND "caseId" = ${dilemma.caseId} AND "dilemmaId" = ${dilemma.dilemmaId}
        AND "organisationId" NOT IN (SELECT ${organisationId} FROM ${orgs})`,
    },
    {
      name: 'answered',
      sql: Prisma.sql`
      INSERT INTO "FirstAnswer"
        ("id", "organisationId", "userId", "caseId", "dilemmaId", "sceneId", "choiceId", "quality", "answeredAt",
         "recordKey", "teamIds")
      SELECT gen_random_uuid()::text, o.${organisationId}, ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
             ${answer?.sceneId ?? null}, ${answer?.choiceId ?? null}, ${answer?.quality ?? null}, now(),
             ${RECORD_KEY}, ${teamsNow(userId, Prisma.sql`o.${organisationId}`)}
      FROM ${orgs} o
      WHERE ${answer !== null}
      ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId", "sceneId") DO NOTHING`,
    },
  ]
}

export async function noteStarted(tx: Tx, userId: string, dilemma: DilemmaRef, at: Date) {
  await tx.$executeRaw`
    INSERT INTO "LearnerDilemma" ("id", "organisationId", "userId", "caseId", "dilemmaId", "startedAt")
    SELECT gen_random_uuid()::text, m."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId}, ${at}
    FROM (SELECT DISTINCT "organisationId" FROM "Membership" WHERE "userId" = ${userId}) m
    ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId") DO NOTHING`
}

export async function noteCompleted(tx: Tx, userId: string, dilemma: DilemmaRef, completion: Completion, at: Date) {
  const behaald = isBehaald(completion.outcome, completion.score)
  await tx.$executeRaw`
    UPDATE "LearnerDilemma"
    SET "completedAt" = COALESCE("completedAt", ${at}), "bestScore" = GREATEST("bestScore", ${completion.score}::int),
        "behaaldAt" = COALESCE("behaaldAt", ${behaald ? at : null})
    WHERE "userId" = ${userId} AND "caseId" = ${dilemma.caseId} AND "dilemmaId" = ${dilemma.dilemmaId}`
}

export async function noteAnswer(tx: Tx, userId: string, dilemma: DilemmaRef, answer: Answer, at: Date) {
  await tx.$executeRaw`
    INSERT INTO "FirstAnswer"
      ("id", "organisationId", "userId", "caseId", "dilemmaId", "sceneId", "choiceId", "quality", "answeredAt",
       "recordKey", "teamIds")
    SELECT gen_random_uuid()::text, m."organisationId", ${userId}, ${dilemma.caseId}, ${dilemma.dilemmaId},
           ${answer.sceneId}, ${answer.choiceId}, ${answer.quality}, ${at},
           ${RECORD_KEY}, ${teamsNow(userId, Prisma.sql`m."organisationId"`)}
    FROM (SELECT DISTINCT "organisationId" FROM "Membership" WHERE "userId" = ${userId}) m
    ON CONFLICT ("organisationId", "userId", "caseId", "dilemmaId", "sceneId") DO NOTHING`
}
