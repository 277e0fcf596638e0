// Consistent perturbation with the cell key method (as the ABS TableBuilder and ONS Cantabular do), so that
// differencing two insight tables says nothing certain about one person (docs/decisions/012-gemeente-reports.md).
//
// - Every first answer carries a fixed random record key, 0 to KEY_RANGE − 1, drawn once when the row is written.
// - A cell's key is the sum of its rows' keys modulo KEY_RANGE; the same set of answers always has the same cell key,
//   so asking again (or averaging many asks) gives the same table and removes nothing; two sets that differ by one
//   answer have unrelated cell keys.
// - The noise is read from PERTURBATION_TABLE by the cell's true count and cell key. It is at most ±MAX_NOISE, a
//   true 0 stays 0, a perturbed count is never negative, and for every true count the noise averages to exactly 0
//   over the key range (keys are uniform, so so is their sum modulo KEY_RANGE): unbiased on average.
// - Totals (respondents, the risky share) are cells of their own, perturbed from their own cell key.
//
// The noise is applied inside the database query, so a true count never reaches the application.

export const KEY_RANGE = 256
export const MAX_NOISE = 2

/** One row of the perturbation table: cell keys from `from` up to `to` (inclusive) get `noise`. */
export type Band = { from: number; to: number; noise: number }

/**
 * The documented perturbation table. Row "1" is for a true count of 1 (noise −1, 0 or +1, so it never goes below 0);
 * row "2+" for every larger count. Each row's noise sums to 0 over the 256 keys.
 */
export const PERTURBATION_TABLE: { readonly 1: readonly Band[]; readonly '2+': readonly Band[] } = {
  1: [
    { from: 0, to: 63, noise: -1 },
    { from: 64, to: 191, noise: 0 },
    { from: 192, to: 255, noise: 1 },
  ],
  '2+': [
    { from: 0, to: 15, noise: -2 },
    { from: 16, to: 63, noise: -1 },
    { from: 64, to: 191, noise: 0 },
    { from: 192, to: 239, noise: 1 },
    { from: 240, to: 255, noise: 2 },
  ],
}

const rowFor = (count: number) => (count === 1 ? PERTURBATION_TABLE[1] : PERTURBATION_TABLE['2+'])

/** The cell key of a set of records: the sum of their keys modulo KEY_RANGE. */
export function cellKey(recordKeys: readonly number[]): number {
  return recordKeys.reduce((sum, k) => (sum + k) % KEY_RANGE, 0)
}

/** The noise for a cell with this true count and cell key. */
export function noiseFor(count: number, key: number): number {
  if (count <= 0) return 0
  const k = ((key % KEY_RANGE) + KEY_RANGE) % KEY_RANGE
  return rowFor(count).find((band) => k >= band.from && k <= band.to)?.noise ?? 0
}

/** The published count of a cell: its true count plus its noise. */
export function perturb(count: number, key: number): number {
  return count + noiseFor(count, key)
}
