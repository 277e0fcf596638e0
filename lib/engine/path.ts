import type { PlayGraph, Quality } from './graph'
import { nextState } from './moves'
import { scoreAttempt } from './scoring'

// An attempt's state is derived from its event log: a choice pushes a step onto the path, "terug" pops one.
// The attempt row caches the result, but the log is the truth, so "terug" restores the flags of the earlier scene.

export type PathStep = { scene: string; flags: string[]; choiceId?: string; quality?: Quality }
export type LoggedMove = { kind: string; choiceId: string | null }

export function replayPath(graph: PlayGraph, events: readonly LoggedMove[]): PathStep[] {
  const path: PathStep[] = [{ scene: graph.start, flags: [] }]
  for (const event of events) {
    const current = path[path.length - 1] as PathStep
    if (event.kind === 'back') {
      if (path.length > 1) path.pop()
      continue
    }
    const result = nextState(graph, current, event.choiceId ?? '')
    // Every logged choice was legal in this graph when recorded, and the content hash pins the graph.
    if (!result.ok)
      throw new Error(`Logged choice ${event.choiceId} is not legal from ${current.scene}: ${result.reason}`)
    path.push({
      scene: result.scene,
      flags: result.flags,
      choiceId: event.choiceId ?? undefined,
      quality: result.quality,
    })
  }
  return path
}

/**
 * Score of the path finally taken. Choices undone with "terug" do not count: the learner read the feedback and
 * chose again, which is the learning we want.
 */
export function scorePath(path: readonly PathStep[]): number | null {
  return scoreAttempt(path.map((step) => step.quality))
}
