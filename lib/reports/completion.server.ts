import { db, Prisma } from '@/lib/db/client.server'
import { type Criterion, reachedAt, reachedBetween, reachedBy } from '@/lib/progress/standing.server'
import type { ReportFilters } from './filters'
import type { Module } from './required.server'

// Completion reports for one organisation, read from the LearnerDilemma rollup: afgerond and behaald side by side,
// with the meaning of both taken from the read model (lib/progress/standing.server.ts). Every query is scoped by
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

export type DilemmaCompletion = {
  caseId: string
  dilemmaId: string
  started: number
  completed: number
  behaald: number
}

export type CompletionReport = {
  learners: number
  /** Learners who finished every required module (by the end of the period). */
  completedAll: number
  /** Learners who achieved (behaald) every required module (by the end of the period). */
  behaaldAll: number
  perDilemma: DilemmaCompletion[]
}

/** Learners of the organisation who met the criterion for every required module by the end of the period. */
function allRequired(organisationId: string, filters: ReportFilters, required: readonly Module[], c: Criterion) {
  return Prisma.sql`
    SELECT ld."userId" FROM "LearnerDilemma" ld
    WHERE ld."organisationId" = ${organisationId} AND ${reachedBy('ld', c, filters.to)}
      AND ld."userId" IS NOT NULL
      AND (ld."caseId" || '/' || ld."dilemmaId") = ANY(${moduleKeys(required)})
      ${teamClause(filters, Prisma.sql`ld."userId"`)}
    GROUP BY ld."userId" HAVING count(*) >= ${required.length}`
}

/** The main report: how many learners, and per dilemma how many started, completed and behaald within the period. */
export async function completionReport(
  organisationId: string,
  filters: ReportFilters,
  required: readonly Module[],
): Promise<CompletionReport> {
  const [learners, perDilemma, completedAll, behaaldAll] = await Promise.all([
    db().$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT m."userId")::int AS n FROM "Membership" m
      WHERE m."organisationId" = ${organisationId} AND m."role" = 'learner' ${teamClause(filters, Prisma.sql`m."userId"`)}`,
    db().$queryRaw<DilemmaCompletion[]>`
      SELECT ld."caseId", ld."dilemmaId",
             count(*) FILTER (WHERE ld."startedAt" BETWEEN ${filters.from} AND ${filters.to})::int AS started,
             count(*) FILTER (WHERE ${reachedBetween('ld', 'afgerond', filters.from, filters.to)})::int AS completed,
             count(*) FILTER (WHERE ${reachedBetween('ld', 'behaald', filters.from, filters.to)})::int AS behaald
      FROM "LearnerDilemma" ld
      WHERE ld."organisationId" = ${organisationId} ${teamClause(filters, Prisma.sql`ld."userId"`)} ${dilemmaClause(filters)}
      GROUP BY ld."caseId", ld."dilemmaId"`,
    db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (${allRequired(organisationId, filters, required, 'afgerond')}) done`,
    db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (${allRequired(organisationId, filters, required, 'behaald')}) done`,
  ])
  return {
    learners: learners[0]?.n ?? 0,
    completedAll: completedAll[0]?.n ?? 0,
    behaaldAll: behaaldAll[0]?.n ?? 0,
    perDilemma,
  }
}

export type WeekCount = { week: Date; completed: number; behaald: number }

/** Completions and achievements per week (Monday, Dutch time), at most the last 52 weeks of the period. */
export async function completionsPerWeek(organisationId: string, filters: ReportFilters): Promise<WeekCount[]> {
  const perWeek = (c: Criterion) => db().$queryRaw<{ week: Date; n: number }[]>`
    SELECT date_trunc('week', (${reachedAt('ld', c)} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam') AS week,
           count(*)::int AS n
    FROM "LearnerDilemma" ld
    WHERE ld."organisationId" = ${organisationId} AND ${reachedBetween('ld', c, filters.from, filters.to)}
      ${teamClause(filters, Prisma.sql`ld."userId"`)} ${dilemmaClause(filters)}
    GROUP BY 1 ORDER BY 1 DESC LIMIT 52`
  const [completed, behaald] = await Promise.all([perWeek('afgerond'), perWeek('behaald')])
  const weeks = new Map<number, WeekCount>()
  const at = (week: Date) => {
    const found = weeks.get(week.getTime()) ?? { week, completed: 0, behaald: 0 }
    weeks.set(week.getTime(), found)
    return found
  }
  for (const row of completed) at(row.week).completed = row.n
  for (const row of behaald) at(row.week).behaald = row.n
  return [...weeks.values()].sort((a, b) => a.week.getTime() - b.week.getTime()).slice(-52)
}

export type TeamCompletion = { id: string; name: string; members: number; completedAll: number; behaaldAll: number }

/** Per team of the organisation: members, and members who finished, and who achieved, every required module. */
export async function completionPerTeam(
  organisationId: string,
  filters: ReportFilters,
  required: readonly Module[],
): Promise<TeamCompletion[]> {
  const unfiltered = { ...filters, teamId: undefined }
  return db().$queryRaw<TeamCompletion[]>`
    WITH done AS (${allRequired(organisationId, unfiltered, required, 'afgerond')}),
         achieved AS (${allRequired(organisationId, unfiltered, required, 'behaald')})
    SELECT g."id", g."name", count(gm."userId")::int AS members, count(done."userId")::int AS "completedAll",
           count(achieved."userId")::int AS "behaaldAll"
    FROM "Group" g
    LEFT JOIN "GroupMember" gm ON gm."groupId" = g."id"
    LEFT JOIN done ON done."userId" = gm."userId"
    LEFT JOIN achieved ON achieved."userId" = gm."userId"
    WHERE g."organisationId" = ${organisationId} AND g."kind" = 'team' AND g."archivedAt" IS NULL
      ${filters.teamId ? Prisma.sql`AND g."id" = ${filters.teamId}` : Prisma.empty}
    GROUP BY g."id", g."name" ORDER BY g."name"`
}
