import { groupAnsweredCounts, groupFirstAnswers } from '@/lib/progress/first-answers.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import type { Quality } from '@/lib/scenarios/schema'
import { classAssignments } from './assignments.server'

// The class discussion view: per decision point of an assigned dilemma, how the class chose, counted from each
// student's FIRST answer there (replays and "terug" never count twice). Only current members count. Nothing is shown
// until DISCUSSION_MINIMUM students answered, and then only counts: never who chose what.

export const DISCUSSION_MINIMUM = 5
export const GONE_CHOICE = 'Een keuze die niet meer bestaat'

export type DiscussionChoice = { id: string; label: string; quality?: Quality; count: number; percent: number }
export type DiscussionPoint = {
  sceneId: string
  title: string
  answered: number
  hidden: boolean
  /** Empty while hidden, so nothing can leak into the page. */
  choices: DiscussionChoice[]
}

export async function classDiscussion(
  groupId: string,
  caseId: string,
  dilemmaId: string,
): Promise<DiscussionPoint[] | null> {
  const dilemma = getDilemma(caseId, dilemmaId)
  if (!dilemma) return null
  const rows = await groupFirstAnswers(groupId, caseId, dilemmaId)
  const points: DiscussionPoint[] = []
  for (const node of dilemma.graph.nodes) {
    if (node.kind !== 'scene' || node.choices.length < 2) continue
    const here = rows.filter((r) => r.sceneId === node.id)
    const answered = here.reduce((sum, r) => sum + r.n, 0)
    const hidden = answered < DISCUSSION_MINIMUM
    const known = new Set(node.choices.map((c) => c.id))
    const percent = (n: number) => (answered > 0 ? Math.round((n / answered) * 100) : 0)
    const choices: DiscussionChoice[] = node.choices.map((choice) => {
      const count = here.find((r) => r.choiceId === choice.id)?.n ?? 0
      return { id: choice.id, label: choice.label, quality: choice.quality, count, percent: percent(count) }
    })
    const gone = here.filter((r) => !known.has(r.choiceId)).reduce((sum, r) => sum + r.n, 0)
    if (gone > 0) choices.push({ id: '__gone', label: GONE_CHOICE, count: gone, percent: percent(gone) })
    points.push({ sceneId: node.id, title: node.title ?? node.id, answered, hidden, choices: hidden ? [] : choices })
  }
  return points
}

/** For the index: per assigned dilemma, how many students answered at least one decision point. */
export async function classDiscussionOverview(groupId: string) {
  const assignments = (await classAssignments(groupId)).filter((a) => a.title !== undefined)
  const answered = await groupAnsweredCounts(groupId)
  return assignments.map((a) => ({
    ...a,
    title: a.title as string,
    answered: answered.find((r) => r.caseId === a.caseId && r.dilemmaId === a.dilemmaId)?.n ?? 0,
  }))
}
