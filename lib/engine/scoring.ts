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

/**
 * The lowest score at which an attempt that ends well counts as *behaald* (achieved). One number for the whole app:
 * certificates, the wheel, Mijn opdrachten, the class matrix and the reports all read it through isBehaald (and the
 * rollups through the read model in lib/progress/standing.server.ts). See docs/decisions/018-progress-read-model.md.
 */
export const BEHAALD_MIN_SCORE = 70

/**
 * Whether an attempt is behaald: it ended in an ending whose outcome is passend, with a score of at least
 * BEHAALD_MIN_SCORE. An attempt that has not ended (no outcome) or could not be scored is never behaald.
 */
export function isBehaald(outcome: string | null | undefined, score: number | null | undefined): boolean {
  return outcome === 'passend' && typeof score === 'number' && score >= BEHAALD_MIN_SCORE
}
