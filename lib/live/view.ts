import type { GraphChoice, PlayGraph } from '@/lib/engine/graph'
import { findNode, offeredChoices } from '@/lib/engine/moves'
import { choiceOrder } from '@/lib/engine/shuffle'

// The pure rules of a live session: which choices are on offer in which order (one shuffled order per session, so the
// projector and every phone say "B" for the same choice), when a split may be shown, and where the group goes next.

/** A split is shown only when at least this many voted, so nobody's vote can be read off a small count. */
export const LIVE_SPLIT_MINIMUM = 5

export const LIVE_PHASES = ['voting', 'closed', 'revealed', 'ended'] as const
export type LivePhase = (typeof LIVE_PHASES)[number]

/** What every screen of a session needs to know; sent whole on every change, so a reconnect needs nothing else. */
export type LiveSnapshot = {
  version: number
  step: number
  sceneId: string
  phase: LivePhase
  atEnding: boolean
  votes: number
  /** Only once revealed and only with at least LIVE_SPLIT_MINIMUM votes. */
  split: { choiceId: string; count: number }[] | null
  feedbackChoiceId: string | null
}

export type LiveEvent =
  | { type: 'state'; sessionId: string; snapshot: LiveSnapshot }
  | { type: 'count'; sessionId: string; step: number; votes: number }

export type LabelledChoice = { id: string; letter: string; label: string; quality?: GraphChoice['quality'] }

export function letterOf(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The offered choices of the session's current scene, in the session's order, lettered A, B, C… */
export function liveChoices(
  graph: PlayGraph,
  seed: string,
  sceneId: string,
  flags: readonly string[],
): LabelledChoice[] {
  const node = findNode(graph, sceneId)
  if (node?.kind !== 'scene') return []
  const offered = new Set(offeredChoices(graph, { scene: sceneId, flags }).map((choice) => choice.id))
  return choiceOrder(seed, sceneId, node.choices)
    .filter((choice) => offered.has(choice.id))
    .map((choice, index) => ({
      id: choice.id,
      letter: letterOf(index),
      label: choice.label,
      ...(choice.quality ? { quality: choice.quality } : {}),
    }))
}

/** The split to show, or null when it must stay hidden (too few votes, or not revealed yet). */
export function visibleSplit(
  phase: LivePhase,
  counts: readonly { choiceId: string; count: number }[],
): { choiceId: string; count: number }[] | null {
  if (phase !== 'revealed') return null
  const total = counts.reduce((sum, c) => sum + c.count, 0)
  return total >= LIVE_SPLIT_MINIMUM ? [...counts] : null
}

export type Majority = { kind: 'choice'; choiceId: string } | { kind: 'tie'; choiceIds: string[] } | { kind: 'none' }

/** The choice most voted for; a tie (or no vote) is the docent's to decide. */
export function majority(counts: readonly { choiceId: string; count: number }[]): Majority {
  const top = Math.max(0, ...counts.map((c) => c.count))
  if (top === 0) return { kind: 'none' }
  const leaders = counts.filter((c) => c.count === top).map((c) => c.choiceId)
  return leaders.length === 1 ? { kind: 'choice', choiceId: leaders[0] as string } : { kind: 'tie', choiceIds: leaders }
}
