import { offeredChoices } from '@/lib/engine/moves'
import { type PlayableDilemma, recordMove, startAttempt } from '@/lib/progress/attempts.server'

/**
 * Plays a dilemma through the real recorder from a new attempt, always taking the first (or `pick`-th) offered
 * choice in the author's order (the graph's, not the shuffled order the player shows), until an ending or
 * `stopAfter` steps.
 */
export async function play(
  userId: string,
  dilemma: PlayableDilemma,
  options: { pick?: number; stopAfter?: number } = {},
) {
  let state = await startAttempt(userId, dilemma)
  while (state.status === 'in_progress' && state.step < (options.stopAfter ?? 100)) {
    const offered = offeredChoices(dilemma.graph, state)
    const choice = offered[Math.min(options.pick ?? 0, offered.length - 1)]
    if (!choice) throw new Error(`no choice offered in ${state.scene}`)
    state = await recordMove(userId, state.attemptId, dilemma, {
      kind: 'choice',
      step: state.step + 1,
      choiceId: choice.id,
    })
  }
  return state
}

/** Plays a dilemma to an ending (see play). */
export const playToEnding = (userId: string, dilemma: PlayableDilemma) => play(userId, dilemma)

/** The move that takes back the last choice (see playChoices). */
export const BACK = 'terug'

/** Plays the given choice ids (or BACK) from a new attempt through the real recorder, in order. */
export async function playChoices(userId: string, dilemma: PlayableDilemma, moves: readonly string[]) {
  let state = await startAttempt(userId, dilemma)
  for (const move of moves) {
    const step = state.step + 1
    state = await recordMove(
      userId,
      state.attemptId,
      dilemma,
      move === BACK ? { kind: 'back', step } : { kind: 'choice', step, choiceId: move },
    )
  }
  return state
}
