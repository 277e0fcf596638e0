import type { DilemmaGraph, GraphChoice, GraphNode } from './graph'
import { isOffered } from './reachability'
import type { Quality } from './schema'

// The rules of play, pure so the server can apply a learner's choice and tests can walk every graph.

export type PlayState = { scene: string; flags: readonly string[] }

export type MoveResult =
  | { ok: true; scene: string; flags: string[]; quality?: Quality; ended: boolean }
  | {
      ok: false
      /**
       * unknown-choice: no such choice in this dilemma; not-offered: it belongs to another scene or its when/unless
       * rules it out; already-ended: the state is at an Ending; unknown-scene: the state's scene is not in this
       * dilemma (the content changed under a running attempt).
       */
      reason: 'unknown-choice' | 'not-offered' | 'already-ended' | 'unknown-scene'
    }

export function findNode(graph: DilemmaGraph, id: string): GraphNode | undefined {
  return graph.nodes.find((node) => node.id === id)
}

/** The choices the learner may pick in this state, in file order; none at an Ending or an unknown scene. */
export function offeredChoices(graph: DilemmaGraph, state: PlayState): GraphChoice[] {
  const node = findNode(graph, state.scene)
  if (node?.kind !== 'scene') return []
  const flags = new Set(state.flags)
  return node.choices.filter((choice) => isOffered(choice, flags))
}

export function nextState(graph: DilemmaGraph, state: PlayState, choiceId: string): MoveResult {
  const node = findNode(graph, state.scene)
  if (!node) return { ok: false, reason: 'unknown-scene' }
  if (node.kind === 'ending') return { ok: false, reason: 'already-ended' }
  const exists = graph.nodes.some((n) => n.kind === 'scene' && n.choices.some((choice) => choice.id === choiceId))
  if (!exists) return { ok: false, reason: 'unknown-choice' }
  const choice = offeredChoices(graph, state).find((c) => c.id === choiceId)
  if (!choice) return { ok: false, reason: 'not-offered' }
  const target = findNode(graph, choice.to)
  return {
    ok: true,
    scene: choice.to,
    flags: [...new Set([...state.flags, ...choice.set])],
    ...(choice.quality ? { quality: choice.quality } : {}),
    ended: target?.kind === 'ending',
  }
}
