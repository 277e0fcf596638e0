import { db, Prisma } from '@/lib/db/client.server'
import { isBehaald } from '@/lib/engine/scoring'
import { activeSeconds } from './time-spent'

// The progress read model: the one place that decides, for a learner and a dilemma, which attempts count for what,
// the status, and whether the dilemma is behaald. The wheel, Mijn opdrachten, the class matrix and its CSV,
// certificates and LTI grades read standings from here; the reports read the LearnerDilemma rollup through the SQL
// below, which the recorder keeps with the same rule (rollup.server.ts). See docs/decisions/018-progress-read-model.md.
//
// An attempt's score counts only the choices on the path finally taken: choices undone with "Terug" never count
// (lib/engine/path.ts scorePath), so nothing here needs to look at the event log except for time spent.

export type DilemmaKey = { caseId: string; dilemmaId: string }

export type AttemptSummary = {
  id: string
  status: 'in_progress' | 'completed' | 'abandoned'
  score: number | null
  /** The outcome of the ending reached; null until completed. */
  outcome: string | null
  behaald: boolean
  startedAt: Date
  completedAt: Date | null
}

export type ProgressStatus = 'niet-gestart' | 'bezig' | 'afgerond'

export type Standing = {
  /** Afgerond once any attempt reached an ending; bezig once any attempt was started. */
  status: ProgressStatus
  /** Any attempt behaald (lib/engine/scoring.ts isBehaald). */
  behaald: boolean
  /** The learner's first attempt (knelpunten and the class discussion use FirstAnswer, its first answers). */
  first: AttemptSummary | null
  /** The completed attempt with the highest score, the earliest of equals: certificates and the class matrix. */
  best: AttemptSummary | null
  /** The newest attempt that was not abandoned: the one the player resumes. */
  latest: AttemptSummary | null
  /** The best attempt's score (0–100). */
  bestScore: number | null
  /** Active time over all attempts (see time-spent.ts). */
  seconds: number
  lastActivityAt: Date | null
  /** The first moment an attempt reached an ending. */
  firstCompletedAt: Date | null
  /** The first moment an attempt was behaald. */
  behaaldAt: Date | null
}

export const NOT_STARTED: Standing = {
  status: 'niet-gestart',
  behaald: false,
  first: null,
  best: null,
  latest: null,
  bestScore: null,
  seconds: 0,
  lastActivityAt: null,
  firstCompletedAt: null,
  behaaldAt: null,
}

/** How a standing is shown: afgerond splits into behaald and afgerond-niet-behaald. */
export type StandingLabel = 'niet-gestart' | 'bezig' | 'afgerond-niet-behaald' | 'behaald'

export const STANDING_LABELS: Record<StandingLabel, string> = {
  behaald: 'Behaald',
  'afgerond-niet-behaald': 'Afgerond, niet behaald',
  bezig: 'Bezig',
  'niet-gestart': 'Niet gestart',
}

export function standingLabel(standing: Pick<Standing, 'status' | 'behaald'>): StandingLabel {
  if (standing.behaald) return 'behaald'
  return standing.status === 'afgerond' ? 'afgerond-niet-behaald' : standing.status
}

type AttemptRow = {
  id: string
  userId: string | null
  caseId: string
  dilemmaId: string
  status: AttemptSummary['status']
  score: number | null
  outcome: string | null
  startedAt: Date
  updatedAt: Date
  completedAt: Date | null
  events: { createdAt: Date }[]
}

/** Better = higher score; of equal scores the earlier one. A completed attempt without a score ranks lowest. */
function isBetter(candidate: AttemptSummary, current: AttemptSummary | null) {
  if (!current) return true
  const a = candidate.score ?? -1
  const b = current.score ?? -1
  return a > b || (a === b && candidate.startedAt < current.startedAt)
}

/** One learner's standing on one dilemma from all their attempts at it. */
export function standingFrom(attempts: readonly AttemptRow[]): Standing {
  if (attempts.length === 0) return NOT_STARTED
  const standing: Standing = { ...NOT_STARTED, status: 'bezig' }
  const byStart = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
  for (const row of byStart) {
    const attempt: AttemptSummary = {
      id: row.id,
      status: row.status,
      score: row.score,
      outcome: row.outcome,
      behaald: row.status === 'completed' && isBehaald(row.outcome, row.score),
      startedAt: row.startedAt,
      completedAt: row.completedAt,
    }
    standing.first ??= attempt
    if (attempt.status !== 'abandoned') standing.latest = attempt
    standing.seconds += activeSeconds(
      row.startedAt,
      row.events.map((e) => e.createdAt),
    )
    if (!standing.lastActivityAt || row.updatedAt > standing.lastActivityAt) standing.lastActivityAt = row.updatedAt
    if (attempt.status !== 'completed') continue
    standing.status = 'afgerond'
    if (isBetter(attempt, standing.best)) standing.best = attempt
    const completedAt = row.completedAt ?? row.updatedAt
    if (!standing.firstCompletedAt || completedAt < standing.firstCompletedAt) standing.firstCompletedAt = completedAt
    if (attempt.behaald) {
      standing.behaald = true
      if (!standing.behaaldAt || completedAt < standing.behaaldAt) standing.behaaldAt = completedAt
    }
  }
  standing.bestScore = standing.best?.score ?? null
  return standing
}

const attemptSelect = {
  id: true,
  userId: true,
  caseId: true,
  dilemmaId: true,
  status: true,
  score: true,
  outcome: true,
  startedAt: true,
  updatedAt: true,
  completedAt: true,
  events: { select: { createdAt: true } },
} as const

export function standingKey(userId: string, key: DilemmaKey) {
  return `${userId}|${key.caseId}|${key.dilemmaId}`
}

function group(rows: readonly AttemptRow[]) {
  const groups = new Map<string, AttemptRow[]>()
  for (const row of rows) {
    if (!row.userId) continue
    const key = standingKey(row.userId, row)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return new Map([...groups].map(([key, list]) => [key, standingFrom(list)]))
}

/** Standings for many learners × dilemmas (the class matrix) in one query; read them with standingOf. */
export async function standings(
  userIds: readonly string[],
  dilemmas: readonly DilemmaKey[],
): Promise<Map<string, Standing>> {
  if (userIds.length === 0 || dilemmas.length === 0) return new Map()
  const rows = await db().attempt.findMany({
    where: {
      userId: { in: [...userIds] },
      OR: dilemmas.map((d) => ({ caseId: d.caseId, dilemmaId: d.dilemmaId })),
    },
    select: attemptSelect,
  })
  return group(rows)
}

/** A learner's standing from a standings() map: NOT_STARTED when they never began. */
export function standingOf(map: ReadonlyMap<string, Standing>, userId: string, key: DilemmaKey): Standing {
  return map.get(standingKey(userId, key)) ?? NOT_STARTED
}

/** One learner's standing on every dilemma of a case they began, by dilemma id: the wheel and /leren. */
export async function standingsInCase(userId: string, caseId: string): Promise<Map<string, Standing>> {
  const rows = await db().attempt.findMany({ where: { userId, caseId }, select: attemptSelect })
  const byDilemma = new Map<string, AttemptRow[]>()
  for (const row of rows) byDilemma.set(row.dilemmaId, [...(byDilemma.get(row.dilemmaId) ?? []), row])
  return new Map([...byDilemma].map(([dilemmaId, list]) => [dilemmaId, standingFrom(list)]))
}

// ---- The same meaning over the LearnerDilemma rollup, for the reports (SQL) ----

/** What a report counts: dilemmas finished (afgerond), or achieved (behaald). */
export const CRITERIA = ['afgerond', 'behaald'] as const
export type Criterion = (typeof CRITERIA)[number]

/** The rollup column holding the first moment the criterion was met, for a "LearnerDilemma" alias. */
const ROLLUP_COLUMN: Record<Criterion, string> = { afgerond: 'completedAt', behaald: 'behaaldAt' }

/** `<alias>."completedAt"` or `<alias>."behaaldAt"`: when the learner first met the criterion (null: not yet). */
export function reachedAt(alias: string, criterion: Criterion): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`not an SQL alias: ${alias}`)
  return Prisma.raw(`${alias}."${ROLLUP_COLUMN[criterion]}"`)
}

/** The criterion was met at some moment within [from, to]. */
export function reachedBetween(alias: string, criterion: Criterion, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`${reachedAt(alias, criterion)} BETWEEN ${from} AND ${to}`
}

/** The criterion was met by the moment `to`. */
export function reachedBy(alias: string, criterion: Criterion, to: Date): Prisma.Sql {
  return Prisma.sql`${reachedAt(alias, criterion)} <= ${to}`
}

export type RollupStanding = DilemmaKey & { userId: string; afgerondAt: Date | null; behaaldAt: Date | null }

/** Per learner and dilemma of an organisation, when they first finished and first achieved it (up to `to`). */
export async function rollupStandings(
  organisationId: string,
  userIds: readonly string[],
  to: Date,
): Promise<RollupStanding[]> {
  if (userIds.length === 0) return []
  return db().$queryRaw<RollupStanding[]>`
    SELECT ld."userId", ld."caseId", ld."dilemmaId",
           CASE WHEN ${reachedBy('ld', 'afgerond', to)} THEN ${reachedAt('ld', 'afgerond')} END AS "afgerondAt",
           CASE WHEN ${reachedBy('ld', 'behaald', to)} THEN ${reachedAt('ld', 'behaald')} END AS "behaaldAt"
    FROM "LearnerDilemma" ld
    WHERE ld."organisationId" = ${organisationId} AND ld."userId" = ANY(${[...userIds]})
      AND ${reachedBy('ld', 'afgerond', to)}`
}
