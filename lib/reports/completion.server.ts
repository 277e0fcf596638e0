import { db, Prisma } from '@/lib/db/client.server'
import { type Criterion, reachedAt, reachedBetween, reachedBy } from '@/lib/progress/standing.server'
import type { ReportFilters } from './filters'
import { type Month, monthsUpTo } from './period'
import type { Module } from './required.server'

// Completion reports for one organisation, read from the LearnerDilemma rollup: afgerond and behaald side by side,
// with the meaning of both taken from the read model (lib/progress/standing.server.ts). Every query is scoped by
// organisationId first; the caller has checked the coordinator's permission in that organisation.
//
// Deelnemers are the organisation's members with the learner role: coordinators, docents and admins are never
// counted, also not when they are in a team. Completion counts are exact (they are about completion, not choices).

function teamClause(filters: ReportFilters, column: Prisma.Sql) {
  return filters.teamId
    ? Prisma.sql`AND ${column} IN (SELECT "userId" FROM "GroupMember" WHERE "groupId" = ${filters.teamId})`
    : Prisma.empty
}

function dilemmaClause(filters: ReportFilters) {
  const inCase = filters.caseId ? Prisma.sql`AND ld."caseId" = ${filters.caseId}` : Prisma.empty
  return filters.dilemma
    ? Prisma.sql`AND ld."caseId" = ${filters.dilemma.caseId} AND ld."dilemmaId" = ${filters.dilemma.dilemmaId} ${inCase}`
    : inCase
}

/** The required modules a report counts: with a case filter, only those of that case ("all required modules" of it). */
export function requiredInScope(required: readonly Module[], filters: Pick<ReportFilters, 'caseId'>) {
  return filters.caseId ? required.filter((m) => m.caseId === filters.caseId) : required
}

/** The deelnemers of the organisation (within the team filter), one row per learner. */
function deelnemers(organisationId: string, filters: ReportFilters) {
  return Prisma.sql`
    SELECT DISTINCT m."userId" FROM "Membership" m
    WHERE m."organisationId" = ${organisationId} AND m."role" = 'learner' ${teamClause(filters, Prisma.sql`m."userId"`)}`
}

const moduleKeys = (modules: readonly Module[]) => modules.map((m) => `${m.caseId}/${m.dilemmaId}`)

export type DilemmaCompletion = {
  caseId: string
  dilemmaId: string
  started: number
  completed: number
  behaald: number
}

/** How many deelnemers met a criterion for all, some (at least one, not all) and none of the required modules. */
export type AllSomeNone = { all: number; some: number; none: number }

export type CompletionReport = {
  learners: number
  /** Learners who finished every required module (by the end of the period). */
  completedAll: number
  /** Learners who achieved (behaald) every required module (by the end of the period). */
  behaaldAll: number
  /** All, some and none of the required modules afgerond and behaald by the end of the period; each sums to learners. */
  afgerond: AllSomeNone
  behaald: AllSomeNone
  perDilemma: DilemmaCompletion[]
}

/** Per deelnemer, how many required modules they finished and achieved by the end of the period. */
function requiredDone(organisationId: string, filters: ReportFilters, required: readonly Module[]) {
  return Prisma.sql`
    SELECT l."userId",
           count(ld."userId") FILTER (WHERE ${reachedBy('ld', 'afgerond', filters.to)})::int AS afgerond,
           count(ld."userId") FILTER (WHERE ${reachedBy('ld', 'behaald', filters.to)})::int AS behaald
    FROM (${deelnemers(organisationId, filters)}) l
    LEFT JOIN "LearnerDilemma" ld ON ld."userId" = l."userId" AND ld."organisationId" = ${organisationId}
      AND (ld."caseId" || '/' || ld."dilemmaId") = ANY(${moduleKeys(required)})
    GROUP BY l."userId"`
}

/** The main report: deelnemers, all/some/none of the required modules, and per dilemma started/completed/behaald. */
export async function completionReport(
  organisationId: string,
  filters: ReportFilters,
  allRequired: readonly Module[],
): Promise<CompletionReport> {
  const required = requiredInScope(allRequired, filters)
  const n = required.length
  const [summary, perDilemma] = await Promise.all([
    db().$queryRaw<
      {
        learners: number
        afgerondAll: number
        afgerondSome: number
        afgerondNone: number
        behaaldAll: number
        behaaldSome: number
        behaaldNone: number
      }[]
    >`
      SELECT count(*)::int AS learners,
             count(*) FILTER (WHERE afgerond >= ${n})::int AS "afgerondAll",
             count(*) FILTER (WHERE afgerond > 0 AND afgerond < ${n})::int AS "afgerondSome",
             count(*) FILTER (WHERE afgerond = 0)::int AS "afgerondNone",
             count(*) FILTER (WHERE behaald >= ${n})::int AS "behaaldAll",
             count(*) FILTER (WHERE behaald > 0 AND behaald < ${n})::int AS "behaaldSome",
             count(*) FILTER (WHERE behaald = 0)::int AS "behaaldNone"
      FROM (${requiredDone(organisationId, filters, required)}) done`,
    db().$queryRaw<DilemmaCompletion[]>`
      SELECT ld."caseId", ld."dilemmaId",
             count(*) FILTER (WHERE ld."startedAt" BETWEEN ${filters.from} AND ${filters.to})::int AS started,
             count(*) FILTER (WHERE ${reachedBetween('ld', 'afgerond', filters.from, filters.to)})::int AS completed,
             count(*) FILTER (WHERE ${reachedBetween('ld', 'behaald', filters.from, filters.to)})::int AS behaald
      FROM "LearnerDilemma" ld
      WHERE ld."organisationId" = ${organisationId} ${teamClause(filters, Prisma.sql`ld."userId"`)} ${dilemmaClause(filters)}
      GROUP BY ld."caseId", ld."dilemmaId"`,
  ])
  const s = summary[0] ?? {
    learners: 0,
    afgerondAll: 0,
    afgerondSome: 0,
    afgerondNone: 0,
    behaaldAll: 0,
    behaaldSome: 0,
    behaaldNone: 0,
  }
  return {
    learners: s.learners,
    completedAll: s.afgerondAll,
    behaaldAll: s.behaaldAll,
    afgerond: { all: s.afgerondAll, some: s.afgerondSome, none: s.afgerondNone },
    behaald: { all: s.behaaldAll, some: s.behaaldSome, none: s.behaaldNone },
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

export type MonthCount = Month & { completed: number; behaald: number }

/**
 * Completed and achieved dilemmas per calendar month (Europe/Amsterdam) for the 12 months up to the month of the
 * period's end (or now, when that is later), every month present, empty ones as 0. Team and dilemma filters apply;
 * the period's start does not: the trend is always a full year.
 */
export async function completionsPerMonth(
  organisationId: string,
  filters: ReportFilters,
  now = new Date(),
): Promise<MonthCount[]> {
  const months = monthsUpTo(filters.to < now ? filters.to : now, 12)
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last) return []
  const perMonth = (c: Criterion) => db().$queryRaw<{ month: string; n: number }[]>`
    SELECT to_char((${reachedAt('ld', c)} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
           count(*)::int AS n
    FROM "LearnerDilemma" ld
    WHERE ld."organisationId" = ${organisationId} AND ${reachedAt('ld', c)} >= ${first.start}
      AND ${reachedAt('ld', c)} < ${last.end}
      ${teamClause(filters, Prisma.sql`ld."userId"`)} ${dilemmaClause(filters)}
    GROUP BY 1`
  const [completed, behaald] = await Promise.all([perMonth('afgerond'), perMonth('behaald')])
  const count = (rows: { month: string; n: number }[], key: string) => rows.find((r) => r.month === key)?.n ?? 0
  return months.map((m) => ({ ...m, completed: count(completed, m.key), behaald: count(behaald, m.key) }))
}

export type TeamCompletion = { id: string; name: string; members: number; completedAll: number; behaaldAll: number }

/** Per team of the organisation: deelnemers in it, and those who finished, and who achieved, every required module. */
export async function completionPerTeam(
  organisationId: string,
  filters: ReportFilters,
  allRequired: readonly Module[],
): Promise<TeamCompletion[]> {
  const required = requiredInScope(allRequired, filters)
  const unfiltered = { ...filters, teamId: undefined }
  return db().$queryRaw<TeamCompletion[]>`
    WITH done AS (${requiredDone(organisationId, unfiltered, required)})
    SELECT g."id", g."name", count(done."userId")::int AS members,
           count(done."userId") FILTER (WHERE done.afgerond >= ${required.length})::int AS "completedAll",
           count(done."userId") FILTER (WHERE done.behaald >= ${required.length})::int AS "behaaldAll"
    FROM "Group" g
    LEFT JOIN "GroupMember" gm ON gm."groupId" = g."id"
    LEFT JOIN done ON done."userId" = gm."userId"
    WHERE g."organisationId" = ${organisationId} AND g."kind" = 'team' AND g."archivedAt" IS NULL
      ${filters.teamId ? Prisma.sql`AND g."id" = ${filters.teamId}` : Prisma.empty}
    GROUP BY g."id", g."name" ORDER BY g."name"`
}

export type TeamOverview = {
  teams: TeamCompletion[]
  /** Deelnemers in none of the organisation's (active) teams. */
  withoutTeam: { members: number; completedAll: number; behaaldAll: number }
  /** Deelnemers in two or more teams, and how many extra times they appear in the team rows. */
  inSeveralTeams: number
  doubleCounted: number
  learners: number
}

/**
 * The team table with what it needs to add up: team rows + zonder team = deelnemers + double-counted. Without a team
 * filter only; with one, the table is that team alone.
 */
export async function teamOverview(
  organisationId: string,
  filters: ReportFilters,
  allRequired: readonly Module[],
): Promise<TeamOverview> {
  const required = requiredInScope(allRequired, filters)
  const unfiltered = { ...filters, teamId: undefined }
  const [teams, rest] = await Promise.all([
    completionPerTeam(organisationId, filters, allRequired),
    db().$queryRaw<
      {
        learners: number
        members: number
        completedAll: number
        behaaldAll: number
        inSeveralTeams: number
        doubleCounted: number
      }[]
    >`
      WITH done AS (${requiredDone(organisationId, unfiltered, required)}),
           teamCount AS (
             SELECT done."userId", done.afgerond, done.behaald, count(g."id")::int AS teams
             FROM done
             LEFT JOIN "GroupMember" gm ON gm."userId" = done."userId"
             LEFT JOIN "Group" g ON g."id" = gm."groupId" AND g."organisationId" = ${organisationId}
               AND g."kind" = 'team' AND g."archivedAt" IS NULL
             GROUP BY done."userId", done.afgerond, done.behaald)
      SELECT count(*)::int AS learners,
             count(*) FILTER (WHERE teams = 0)::int AS members,
             count(*) FILTER (WHERE teams = 0 AND afgerond >= ${required.length})::int AS "completedAll",
             count(*) FILTER (WHERE teams = 0 AND behaald >= ${required.length})::int AS "behaaldAll",
             count(*) FILTER (WHERE teams >= 2)::int AS "inSeveralTeams",
             coalesce(sum(teams - 1) FILTER (WHERE teams >= 2), 0)::int AS "doubleCounted"
      FROM teamCount`,
  ])
  const r = rest[0] ?? { learners: 0, members: 0, completedAll: 0, behaaldAll: 0, inSeveralTeams: 0, doubleCounted: 0 }
  return {
    teams,
    withoutTeam: { members: r.members, completedAll: r.completedAll, behaaldAll: r.behaaldAll },
    inSeveralTeams: r.inSeveralTeams,
    doubleCounted: r.doubleCounted,
    learners: r.learners,
  }
}
