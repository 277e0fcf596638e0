import { createHash } from 'node:crypto'
import type { GraphChoice, PlayGraph } from './graph'
import { findNode, offeredChoices, type PlayState } from './moves'

// The order a scene's choices are shown in (docs/decisions/017-shuffled-choice-order.md). Authors tend to write the
// wise choice first; shown in that order, position alone would score well. So each attempt sees each scene's choices
// in its own order, a pure function of (attempt, scene): the same after a reload, "terug", a resume, or with
// JavaScript off, and nothing to store. Choices pinned first or last keep that place, in the author's order.

type Orderable = Pick<GraphChoice, 'id' | 'pin'>

/** sfc32: a small, fast 32-bit PRNG with a 128-bit state; plenty for shuffling a handful of choices. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0
    b |= 0
    c |= 0
    d |= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

/** A PRNG seeded from SHA-256 of `${attemptId}:${sceneId}`: independent per scene, reproducible per attempt. */
export function sceneRandom(attemptId: string, sceneId: string): () => number {
  const digest = createHash('sha256').update(`${attemptId}:${sceneId}`).digest()
  const random = sfc32(digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12))
  // Mixing in the seed before the first draw, as sfc32's authors advise.
  for (let i = 0; i < 12; i++) random()
  return random
}

/**
 * The choices of one scene in the order this attempt shows them: pinned-first (author order), the rest shuffled,
 * pinned-last (author order). The unpinned choices are sorted by id before shuffling, so the result does not depend
 * on the order they are passed in. Pass all of the scene's choices and filter to the offered ones afterwards (or
 * pass the offered ones: either way each order is equally likely).
 */
export function choiceOrder<C extends Orderable>(attemptId: string, sceneId: string, choices: readonly C[]): C[] {
  const first = choices.filter((choice) => choice.pin === 'first')
  const last = choices.filter((choice) => choice.pin === 'last')
  const free = choices
    .filter((choice) => choice.pin === undefined)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const random = sceneRandom(attemptId, sceneId)
  // Fisher–Yates: every permutation of the free choices equally likely.
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[free[i], free[j]] = [free[j] as C, free[i] as C]
  }
  return [...first, ...free, ...last]
}

/** The choices offered in this state, in the order this attempt shows them. */
export function displayedChoices(graph: PlayGraph, state: PlayState, attemptId: string): GraphChoice[] {
  const node = findNode(graph, state.scene)
  if (node?.kind !== 'scene') return []
  const offered = new Set(offeredChoices(graph, state).map((choice) => choice.id))
  return choiceOrder(attemptId, node.id, node.choices).filter((choice) => offered.has(choice.id))
}
