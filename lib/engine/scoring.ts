import type { Quality } from './graph'

// Scoring (docs/scenario-format.md): passend 2, twijfelachtig 1, onjuist 0 points; a choice without quality is a
// neutral transition and does not count. Score = round(100 * points / (2 * number of quality choices taken)).

export const QUALITY_POINTS: Readonly<Record<Quality, number>> = { passend: 2, twijfelachtig: 1, onjuist: 0 }

/**
 * The attempt's score 0..100 from the qualities of the choices taken, in any order; `undefined` entries are
 * neutral choices. Null when no quality choice was taken, as there is nothing to score.
 */
export function scoreAttempt(qualities: readonly (Quality | undefined)[]): number | null {
  const scored = qualities.filter((quality): quality is Quality => quality !== undefined)
  if (scored.length === 0) return null
  const points = scored.reduce((sum, quality) => sum + QUALITY_POINTS[quality], 0)
  return Math.round((100 * points) / (2 * scored.length))
}
