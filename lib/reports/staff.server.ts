import { db, Prisma } from '@/lib/db/client.server'
import { rollupStandings } from '@/lib/progress/standing.server'
import type { ReportFilters } from './filters'
import type { Module } from './required.server'

// The staff list: who finished (afgerond) and who achieved (behaald) which required module, and when. Deliberately nothing else: never a score, a route
// or a choice (see docs/decisions/012-gemeente-reports.md).

export type StaffRow = {
  userId: string
  name: string
  teams: string[]
  /** Per required module, in the order given: the first completion date, or null. */
  completedAt: (Date | null)[]
  /** Per required module, in the order given: the date it was first behaald, or null. */
  behaaldAt: (Date | null)[]
}

export async function staffList(
  organisationId: string,
  filters: ReportFilters,
  required: readonly Module[],
  page: { skip: number; take: number },
): Promise<{ total: number; rows: StaffRow[] }> {
  const teamFilter = filters.teamId
    ? Prisma.sql`AND m."userId" IN (SELECT "userId" FROM "GroupMember" WHERE "groupId" = ${filters.teamId})`
    : Prisma.empty
  const [total, people] = await Promise.all([
    db().$queryRaw<{ n: number }[]>`
      SELECT count(DISTINCT m."userId")::int AS n FROM "Membership" m
      WHERE m."organisationId" = ${organisationId} AND m."role" = 'learner' ${teamFilter}`,
    db().$queryRaw<{ id: string; name: string }[]>`
      SELECT DISTINCT u."id", u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
      WHERE m."organisationId" = ${organisationId} AND m."role" = 'learner' ${teamFilter}
      ORDER BY u."name", u."id" OFFSET ${page.skip} LIMIT ${page.take}`,
  ])
  const ids = people.map((p) => p.id)
  const [completions, teams] = await Promise.all([
    rollupStandings(organisationId, ids, filters.to),
    db().groupMember.findMany({
      where: { userId: { in: ids }, group: { organisationId, kind: 'team', archivedAt: null } },
      select: { userId: true, group: { select: { name: true } } },
    }),
  ])
  const done = new Map(completions.map((c) => [`${c.userId}|${c.caseId}/${c.dilemmaId}`, c]))
  const key = (userId: string, m: Module) => `${userId}|${m.caseId}/${m.dilemmaId}`
  return {
    total: total[0]?.n ?? 0,
    rows: people.map((p) => ({
      userId: p.id,
      name: p.name,
      teams: teams.filter((t) => t.userId === p.id).map((t) => t.group.name),
      completedAt: required.map((m) => done.get(key(p.id, m))?.afgerondAt ?? null),
      behaaldAt: required.map((m) => done.get(key(p.id, m))?.behaaldAt ?? null),
    })),
  }
}
