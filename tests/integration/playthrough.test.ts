import path from 'node:path'
import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { findNode, nextState, offeredChoices } from '@/lib/engine/moves'
import { recordMove, startAttempt } from '@/lib/progress/attempts.server'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { caseDirectories, loadCase } from '@/lib/scenarios/scenario-files.server'
import { createUser } from '@/lib/seed/factories'

// Every real dilemma, every ending: the recorder must accept a learner walking the shortest legal route to it.
// This ties the content, the graph engine and the database together, so a dilemma that cannot be finished fails CI.

type State = { scene: string; flags: string[] }

/** Shortest sequence of choice ids from the start to the given ending, respecting flags (breadth-first). */
function routeTo(graph: DilemmaGraph, ending: string): string[] | undefined {
  const key = (s: State) => `${s.scene}|${[...s.flags].sort().join(',')}`
  const queue: { state: State; route: string[] }[] = [{ state: { scene: graph.start, flags: [] }, route: [] }]
  const seen = new Set([key(queue[0]?.state as State)])
  while (queue.length > 0) {
    const { state, route } = queue.shift() as { state: State; route: string[] }
    if (state.scene === ending) return route
    for (const choice of offeredChoices(graph, state)) {
      const next = nextState(graph, state, choice.id)
      if (!next.ok) continue
      const nextStateValue = { scene: next.scene, flags: next.flags }
      if (seen.has(key(nextStateValue))) continue
      seen.add(key(nextStateValue))
      queue.push({ state: nextStateValue, route: [...route, choice.id] })
    }
  }
  return undefined
}

const root = path.resolve('scenarios')
const dilemmas = caseDirectories(root).flatMap((directory) => {
  const loaded = loadCase(directory, { display: (p) => path.relative(process.cwd(), p) })
  return loaded.dilemmas.map((d) => ({ caseId: loaded.id, dilemma: d }))
})

test('there are real dilemmas to play', () => {
  expect(dilemmas.length).toBeGreaterThan(0)
})

for (const { caseId, dilemma } of dilemmas) {
  test(`${caseId}/${dilemma.id}: every ending can be reached through the recorder`, async () => {
    const graph = dilemma.validation.graph
    expect(dilemma.validation.problems).toEqual([])
    if (!graph) return
    const playable = { caseId, dilemmaId: dilemma.id, contentHash: `test-${dilemma.id}`, graph }
    const user = await createUser(db())
    const endings = graph.nodes.filter((n) => n.kind === 'ending')
    expect(endings.length).toBeGreaterThanOrEqual(2)
    for (const ending of endings) {
      const route = routeTo(graph, ending.id)
      expect(route, `route to ${ending.id}`).toBeDefined()
      const attempt = await startAttempt(user.id, playable)
      let state = attempt
      for (const [index, choiceId] of (route ?? []).entries()) {
        state = await recordMove(user.id, attempt.attemptId, playable, { kind: 'choice', step: index + 1, choiceId })
      }
      expect(state.scene).toBe(ending.id)
      expect(findNode(graph, state.scene)?.kind).toBe('ending')
      expect(state.status).toBe('completed')
      expect(state.score === null || (state.score >= 0 && state.score <= 100)).toBe(true)
    }
  })
}
