import { db, Prisma } from '@/lib/db/client.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'
import type { Quality } from '@/lib/scenarios/schema'
import type { ReportFilters } from './filters'
import { type Period, periodMonths, periodsSince } from './periods'
import { perturbedCountSql } from './perturbation.server'
import { type Distribution, MIN_RESPONDENTS, suppress } from './suppression'

// Insight: how the organisation's learners answered each decision point, counted from their first answers
// (FirstAnswer rollup), for one fixed period and team (never a free day range), with every count perturbed by the
// cell key method (perturbation.ts) inside the query and small cells suppressed on the perturbed counts. True counts
// never leave the database; see docs/decisions/012-gemeente-reports.md for what a coordinator can and cannot learn.

export type InsightChoice = { id: string; label: string; quality?: Quality; count: number | null; hidden: boolean }

export type DecisionPointInsight = {
  caseId: string
  dilemmaId: string
  dilemmaTitle: string
  sceneId: string
  sceneTitle: string
  /** Perturbed number of first answers (a cell of its own). */
  respondents: number
  shown: boolean
  choices: InsightChoice[]
  /** Share (0–1) of first answers that were twijfelachtig or onjuist, from its own perturbed cell; null when hidden. */
  riskShare: number | null
}

/** What an insight table is about: a fixed period, and optionally a team (as it was when answering) and a dilemma. */
export type InsightScope = { period: Period; teamId?: string; dilemma?: ReportFilters['dilemma']; caseId?: string }

/** The insight scope of the report filters, or the Dutch error for a period that cannot be used. */
export function insightScope(filters: ReportFilters): { ok: true; scope: InsightScope } | { ok: false; error: string } {
  if (!filters.insightPeriod.ok) return filters.insightPeriod
  return {
    ok: true,
    scope: {
      period: filters.insightPeriod.period,
      teamId: filters.teamId,
      dilemma: filters.dilemma,
      caseId: filters.caseId,
    },
  }
}

type Row = {
  caseId: string
  dilemmaId: string
  sceneId: string
  kind: 'choice' | 'risky' | 'total'
  choiceId: string | null
  n: number
}

/**
 * The perturbed cells of one insight table: per choice, the risky ones together (by the quality the answer had when
 * it was given), and the total per decision point.
 */
export async function perturbedInsightCells(organisationId: string, scope: InsightScope): Promise<Row[]> {
  // The monthly partial cells (InsightCell: count and key sum, both additive, kept equal to FirstAnswer by triggers)
  // are summed over the period into choice, risky and total cells and perturbed here: true counts stay inside this
  // statement, and the work grows with months × choices, not with answers.
  const months = periodMonths(scope.period)
  const n = Prisma.sql`sum(n)::int`
  const k = Prisma.sql`sum(k)`
  return db().$queryRaw<Row[]>`
    WITH fa AS (
      SELECT "caseId", "dilemmaId", "sceneId", "choiceId", "risky" AS risky, sum("n") AS n, sum("keySum") AS k
      FROM "InsightCell"
      WHERE "organisationId" = ${organisationId} AND "teamId" = ${scope.teamId ?? ''}
        AND "month" >= ${months.from}::date AND "month" < ${months.until}::date
        ${scope.dilemma ? Prisma.sql`AND "caseId" = ${scope.dilemma.caseId} AND "dilemmaId" = ${scope.dilemma.dilemmaId}` : Prisma.empty}
        ${scope.caseId ? Prisma.sql`AND "caseId" = ${scope.caseId}` : Prisma.empty}
      GROUP BY 1, 2, 3, 4, 5
    )
    SELECT "caseId", "dilemmaId", "sceneId",
           CASE WHEN GROUPING("choiceId") = 0 THEN 'choice' WHEN GROUPING(risky) = 0 THEN 'risky' ELSE 'total' END AS kind,
           "choiceId", ${perturbedCountSql(n, k)} AS n
    FROM fa
    GROUP BY GROUPING SETS (("caseId", "dilemmaId", "sceneId", "choiceId"), ("caseId", "dilemmaId", "sceneId", risky),
                            ("caseId", "dilemmaId", "sceneId"))
    HAVING GROUPING("choiceId") = 0 OR GROUPING(risky) = 1 OR bool_and(risky)`
}

export async function decisionPointInsight(
  organisationId: string,
  scope: InsightScope,
): Promise<DecisionPointInsight[]> {
  const rows = await perturbedInsightCells(organisationId, scope)
  const cell = new Map(rows.map((r) => [`${r.kind}|${r.caseId}/${r.dilemmaId}/${r.sceneId}|${r.choiceId ?? ''}`, r.n]))
  const points: DecisionPointInsight[] = []
  for (const c of getCatalog().cases) {
    if (scope.caseId && scope.caseId !== c.id) continue
    for (const d of c.dilemmas) {
      if (scope.dilemma && (scope.dilemma.caseId !== c.id || scope.dilemma.dilemmaId !== d.id)) continue
      for (const node of d.graph.nodes) {
        if (node.kind !== 'scene' || node.choices.length < 2) continue
        const point = `${c.id}/${d.id}/${node.id}`
        // Answers for a choice that no longer exists still count as respondents, never as a visible cell.
        const respondents = cell.get(`total|${point}|`) ?? 0
        const distribution: Distribution = suppress(
          node.choices.map((choice) => ({ id: choice.id, count: cell.get(`choice|${point}|${choice.id}`) ?? 0 })),
          respondents,
        )
        const risky = cell.get(`risky|${point}|`) ?? 0
        points.push({
          caseId: c.id,
          dilemmaId: d.id,
          dilemmaTitle: d.frontmatter.title,
          sceneId: node.id,
          sceneTitle: node.title ?? node.id,
          respondents,
          shown: distribution.shown,
          choices: node.choices.map((choice, i) => {
            const shownCell = distribution.shown ? distribution.cells[i] : undefined
            return {
              id: choice.id,
              label: choice.label,
              quality: choice.quality,
              count: shownCell && !shownCell.hidden ? shownCell.count : null,
              hidden: !shownCell || shownCell.hidden,
            }
          }),
          riskShare: distribution.shown && respondents > 0 ? Math.min(1, risky / respondents) : null,
        })
      }
    }
  }
  return points
}

/**
 * Knelpunten: every decision point with enough first answers (at least MIN_RESPONDENTS, perturbed) where some
 * learners first chose a risky or wrong option, worst first. The risky share is a perturbed cell of its own, so a
 * decision point whose cells are partly hidden still ranks, the worst included.
 */
export function knelpunten(
  points: readonly DecisionPointInsight[],
  limit = Number.POSITIVE_INFINITY,
): DecisionPointInsight[] {
  return points
    .filter((p) => p.shown && p.respondents >= MIN_RESPONDENTS && (p.riskShare ?? 0) > 0)
    .sort((a, b) => (b.riskShare ?? 0) - (a.riskShare ?? 0) || b.respondents - a.respondents)
    .slice(0, limit)
}

/** The periods a coordinator can choose for this organisation: all time, and every year, quarter and month since its first answer. */
export async function insightPeriods(organisationId: string, now = new Date()): Promise<Period[]> {
  const first = await db().firstAnswer.aggregate({ where: { organisationId }, _min: { answeredAt: true } })
  return periodsSince(first._min.answeredAt, now)
}
