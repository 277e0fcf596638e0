import { db, Prisma } from '@/lib/db/client.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'
import type { Quality } from '@/lib/scenarios/schema'
import type { ReportFilters } from './filters'
import { type Distribution, MIN_RESPONDENTS, suppress } from './suppression'

// Insight: how the organisation's learners answered each decision point, counted from their first answers
// (FirstAnswer rollup), with small cells suppressed. Nothing here can name or single out a person.

export type InsightChoice = { id: string; label: string; quality?: Quality; count: number | null; hidden: boolean }

export type DecisionPointInsight = {
  caseId: string
  dilemmaId: string
  dilemmaTitle: string
  sceneId: string
  sceneTitle: string
  respondents: number
  shown: boolean
  choices: InsightChoice[]
  /** Share (0–1) of first answers that were twijfelachtig or onjuist; null when hidden. */
  riskShare: number | null
}

export async function decisionPointInsight(
  organisationId: string,
  filters: ReportFilters,
): Promise<DecisionPointInsight[]> {
  const rows = await db().$queryRaw<
    { caseId: string; dilemmaId: string; sceneId: string; choiceId: string; n: number }[]
  >`
    SELECT fa."caseId", fa."dilemmaId", fa."sceneId", fa."choiceId", count(*)::int AS n
    FROM "FirstAnswer" fa
    WHERE fa."organisationId" = ${organisationId} AND fa."answeredAt" BETWEEN ${filters.from} AND ${filters.to}
      ${filters.teamId ? Prisma.sql`AND fa."userId" IN (SELECT "userId" FROM "GroupMember" WHERE "groupId" = ${filters.teamId})` : Prisma.empty}
      ${filters.dilemma ? Prisma.sql`AND fa."caseId" = ${filters.dilemma.caseId} AND fa."dilemmaId" = ${filters.dilemma.dilemmaId}` : Prisma.empty}
    GROUP BY 1, 2, 3, 4`
  const counts = new Map(rows.map((r) => [`${r.caseId}/${r.dilemmaId}/${r.sceneId}/${r.choiceId}`, r.n]))
  const points: DecisionPointInsight[] = []
  for (const c of getCatalog().cases) {
    for (const d of c.dilemmas) {
      if (filters.dilemma && (filters.dilemma.caseId !== c.id || filters.dilemma.dilemmaId !== d.id)) continue
      for (const node of d.graph.nodes) {
        if (node.kind !== 'scene' || node.choices.length < 2) continue
        const key = (choiceId: string) => `${c.id}/${d.id}/${node.id}/${choiceId}`
        // Answers for a choice that no longer exists still count as respondents, never as a visible cell.
        const respondents = rows
          .filter((r) => r.caseId === c.id && r.dilemmaId === d.id && r.sceneId === node.id)
          .reduce((sum, r) => sum + r.n, 0)
        const distribution: Distribution = suppress(
          node.choices.map((choice) => ({ id: choice.id, count: counts.get(key(choice.id)) ?? 0 })),
          respondents,
        )
        // The risk share must not reveal a hidden cell: when hidden cells fall on both sides (risky and not),
        // the share would give their split, so it is left out for that decision point.
        const isRisky = (quality?: Quality) => quality === 'twijfelachtig' || quality === 'onjuist'
        const hiddenSides = new Set(
          distribution.shown
            ? node.choices.filter((_, i) => distribution.cells[i]?.hidden).map((choice) => isRisky(choice.quality))
            : [],
        )
        const risky = node.choices
          .filter((choice) => isRisky(choice.quality))
          .reduce((sum, choice) => sum + (counts.get(key(choice.id)) ?? 0), 0)
        points.push({
          caseId: c.id,
          dilemmaId: d.id,
          dilemmaTitle: d.frontmatter.title,
          sceneId: node.id,
          sceneTitle: node.title ?? node.id,
          respondents,
          shown: distribution.shown,
          choices: node.choices.map((choice, i) => {
            const cell = distribution.shown ? distribution.cells[i] : undefined
            return {
              id: choice.id,
              label: choice.label,
              quality: choice.quality,
              count: cell && !cell.hidden ? cell.count : null,
              hidden: !cell || cell.hidden,
            }
          }),
          riskShare: distribution.shown && respondents > 0 && hiddenSides.size < 2 ? risky / respondents : null,
        })
      }
    }
  }
  return points
}

/** Knelpunten: shown decision points where most learners first chose a risky or wrong option, worst first. */
export function knelpunten(points: readonly DecisionPointInsight[], limit = 5): DecisionPointInsight[] {
  return points
    .filter((p) => p.shown && p.respondents >= MIN_RESPONDENTS && (p.riskShare ?? 0) > 0)
    .sort((a, b) => (b.riskShare ?? 0) - (a.riskShare ?? 0) || b.respondents - a.respondents)
    .slice(0, limit)
}
