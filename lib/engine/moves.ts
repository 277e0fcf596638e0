import type { GraphChoice, GraphNode, PlayGraph, Quality, SceneNode } from './graph'

// The rules of play, pure so the server can apply a learner's choice and tests can walk every graph. Generic over
// the node type, so a caller holding the authored graph (with source positions) gets its own nodes back.

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

type Graph<N extends GraphNode> = { start: string; nodes: readonly N[] }
type ChoiceOf<N extends GraphNode> = N extends SceneNode ? N['choices'][number] : never

export function findNode<N extends GraphNode>(graph: Graph<N>, id: string): N | undefined {
  return graph.nodes.find((node) => node.id === id)
}

/** Whether a choice's when/unless rules let it be offered with these flags. */
export function isOffered(choice: Pick<GraphChoice, 'when' | 'unless'>, flags: ReadonlySet<string>): boolean {
  return (
    (choice.when === undefined || flags.has(choice.when)) && (choice.unless === undefined || !flags.has(choice.unless))
  )
}

/** The choices the learner may pick in this state, in the author's order; none at an Ending or an unknown scene. */
export function offeredChoices<N extends GraphNode>(graph: Graph<N>, state: PlayState): ChoiceOf<N>[] {
  const node = findNode(graph, state.scene)
  if (node?.kind !== 'scene') return []
  const flags = new Set(state.flags)
  return (node as SceneNode).choices.filter((choice) => isOffered(choice, flags)) as ChoiceOf<N>[]
}

export function nextState(graph: PlayGraph, state: PlayState, choiceId: string): MoveResult {
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
