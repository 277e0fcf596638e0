import { db } from '@/lib/db/client.server'
import { findNode } from '@/lib/engine/moves'
import { choiceOrder } from '@/lib/engine/shuffle'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { letterOf } from './view'

// What stays of a live session: per decision point the split, only where at least 5 voted. Read for the CSV download
// and for the class discussion view. There are no per-person votes left to read.

export type AggregatePoint = {
  step: number
  sceneId: string
  title: string
  total: number
  choices: { id: string; letter: string; label: string; count: number; percent: number }[]
}

export async function sessionAggregates(session: {
  id: string
  caseId: string
  dilemmaId: string
  seed: string
}): Promise<AggregatePoint[]> {
  const rows = await db().liveAggregate.findMany({ where: { sessionId: session.id }, orderBy: [{ step: 'asc' }] })
  const graph = getDilemma(session.caseId, session.dilemmaId)?.graph
  const steps = [...new Set(rows.map((r) => r.step))]
  return steps.map((step) => {
    const here = rows.filter((r) => r.step === step)
    const sceneId = here[0]?.sceneId ?? ''
    const node = graph ? findNode(graph, sceneId) : undefined
    const total = here.reduce((sum, r) => sum + r.count, 0)
    // In the session's own order and letters, as the room saw them.
    const ordered = node?.kind === 'scene' ? choiceOrder(session.seed, sceneId, node.choices) : []
    const voted = ordered.filter((c) => here.some((r) => r.choiceId === c.id))
    const choices = voted.map((choice) => {
      const count = here.find((r) => r.choiceId === choice.id)?.count ?? 0
      return {
        id: choice.id,
        letter: letterOf(ordered.indexOf(choice)),
        label: choice.label,
        count,
        percent: Math.round((count / total) * 100),
      }
    })
    return { step, sceneId, title: node?.kind === 'scene' ? (node.title ?? sceneId) : sceneId, total, choices }
  })
}

export function aggregateTable(points: readonly AggregatePoint[]) {
  const header = ['Beslismoment', 'Stap', 'Keuze', 'Tekst van de keuze', 'Stemmen', 'Percentage', 'Totaal']
  const body = points.flatMap((point) =>
    point.choices.map((c) => [point.title, point.step + 1, c.letter, c.label, c.count, c.percent, point.total]),
  )
  return { header, body }
}

/** The ended sessions of a class for one dilemma, newest first, with their splits: for the discussion view. */
export async function classLiveResults(groupId: string, caseId: string, dilemmaId: string) {
  const sessions = await db().liveSession.findMany({
    where: { groupId, caseId, dilemmaId, aggregates: { some: {} } },
    orderBy: { createdAt: 'desc' },
    take: 5,
    select: { id: true, caseId: true, dilemmaId: true, seed: true, createdAt: true },
  })
  return Promise.all(sessions.map(async (s) => ({ ...s, points: await sessionAggregates(s) })))
}
