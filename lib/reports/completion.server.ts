import { db, Prisma } from '@/lib/db/client.server'
import type { ReportFilters } from './filters'
import type { Module } from './required.server'

// Completion reports for one organisation, read from the LearnerDilemma rollup. Every query is scoped by
// organisationId first; the caller has checked the coordinator's permission in that organisation.

function teamClause(filters: ReportFilters, column: Prisma.Sql) {
  return filters.teamId
    ? Prisma.sql`AND ${column} IN (SELECT "userId" FROM "GroupMember" WHERE "groupId" = ${filters.teamId})`
    : Prisma.empty
}

function dilemmaClause(filters: ReportFilters) {
  return filters.dilemma
    ? Prisma.sql`AND ld."caseId" = ${filters.dilemma.caseId} AND ld."dilemmaId" = ${filters.dilemma.dilemmaId}`
    : Prisma.empty
}

const moduleKeys = (modules: readonly Module[]) => modules.map((m) => `${m.caseId}/${m.dilemmaId}`)

export type DilemmaCompletion = { caseId: string; dilemmaId: string; started: number; completed: number }

export type CompletionReport = {
  learners: number
  /** Learners who finished every required module (by the end of the period). */
  completedAll: number
  perDilemma: DilemmaCompletion[]
}

/** The main report: how many learners, and per dilemma how many started and completed within the period. */
export async function completionReport(
  organisationId: string,
  filters: ReportFilters,
  required: readonly Module[],
): Promise<CompletionReport> {
  const [learners, perDilemma, completedAll] = await Promise.all([
    db().$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT m."userId")::int AS n FROM "Membership" m
      WHERE m."organisationId" = ${organisationId} AND m."role" = 'learner' ${teamClause(filters, Prisma.sql`m."userId"`)}`,
    db().$queryRaw<DilemmaCompletion[]>`
      SELECT ld."caseId", ld."dilemmaId",
             count(*) FILTER (WHERE ld."startedAt" BETWEEN ${filters.from} AND ${filters.to})::int AS started,
             count(*) FILTER (WHERE ld."completedAt" BETWEEN ${filters.from} AND ${filters.to})::int AS completed
      FROM "LearnerDilemma" ld
      WHERE ld."organisationId" = ${organisationId} ${teamClause(filters, Prisma.sql`ld."userId"`)} ${dilemmaClause(filters)}
      GROUP BY ld."caseId", ld."dilemmaId"`,
    db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT ld."userId" FROM "LearnerDilemma" ld
        WHERE ld."organisationId" = ${organisationId} AND ld."completedAt" <= ${filters.to}
          AND ld."userId" IS NOT NULL
          AND (ld."caseId" || '/' || ld."dilemmaId") = ANY(${moduleKeys(required)})
          ${teamClause(filters, Prisma.sql`ld."userId"`)}
        GROUP BY ld."userId" HAVING count(*) >= ${required.length}
      ) done`,
  ])
  return { learners: learners[0]?.n ?? 0, completedAll: completedAll[0]?.n ?? 0, perDilemma }
}

export type WeekCount = { week: Date; completed: number }

/** Completions per week (Monday, Dutch time), at most the last 52 weeks of the period. */
export async function completionsPerWeek(organisationId: string, filters: ReportFilters): Promise<WeekCount[]> {
  const rows = await db().$queryRaw<{ week: Date; completed: number }[]>`
    SELECT date_trunc('week', (ld."completedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam') AS week,
           count(*)::int AS completed
    FROM "LearnerDilemma" ld
    WHERE ld."organisationId" = ${organisationId} AND ld."completedAt" BETWEEN ${filters.from} AND ${filters.to}
      ${teamClause(filters, Prisma.sql`ld."userId"`)} ${dilemmaClause(filters)}
    GROUP BY 1 ORDER BY 1 DESC LIMIT 52`
  return rows.reverse()
}

export type TeamCompletion = { id: string; name: string; members: number; completedAll: number }

/** Per team of the organisation: members, and members who finished every required module. */
export async function completionPerTeam(
  organisationId: string,
  filters: ReportFilters,
  required: readonly Module[],
): Promise<TeamCompletion[]> {
  return db().$queryRaw<TeamCompletion[]>`
    WITH done AS (
      SELECT ld."userId" FROM "LearnerDilemma" ld
      WHERE ld."organisationId" = ${organisationId} AND ld."completedAt" <= ${filters.to}
        AND (ld."caseId" || '/' || ld."dilemmaId") = ANY(${moduleKeys(required)})
      GROUP BY ld."userId" HAVING count(*) >= ${required.length}
    )
    SELECT g."id", g."name", count(gm."userId")::int AS members, count(done."userId")::int AS "completedAll"
    FROM "Group" g
    LEFT JOIN "GroupMember" gm ON gm."groupId" = g."id"
    LEFT JOIN done ON done."userId" = gm."userId"
    WHERE g."organisationId" = ${organisationId} AND g."kind" = 'team' AND g."archivedAt" IS NULL
      ${filters.teamId ? Prisma.sql`AND g."id" = ${filters.teamId}` : Prisma.empty}
    GROUP BY g."id", g."name" ORDER BY g."name"`
}
