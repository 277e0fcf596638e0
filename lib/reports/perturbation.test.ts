import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { cellKey, KEY_RANGE, MAX_NOISE, noiseFor, PERTURBATION_TABLE, perturb } from './perturbation'

const recordKey = fc.integer({ min: 0, max: KEY_RANGE - 1 })
/** A random table: cells of records, each record with its key. */
const table = fc.array(fc.array(recordKey, { maxLength: 40 }), { minLength: 1, maxLength: 12 })
const publish = (cells: number[][]) => cells.map((records) => perturb(records.length, cellKey(records)))

describe('cell key perturbation', () => {
  test('the table covers every key once per row', () => {
    for (const row of Object.values(PERTURBATION_TABLE)) {
      const covered = row.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i))
      expect(covered).toEqual(Array.from({ length: KEY_RANGE }, (_, i) => i))
    }
  })

  test('deterministic: the same records give the same table, in any order', () => {
    fc.assert(
      fc.property(table, (cells) => {
        expect(publish(cells)).toEqual(publish(cells.map((records) => [...records].reverse())))
      }),
    )
  })

  test(`bounded: no cell moves more than ${MAX_NOISE}, none goes negative, zero stays zero`, () => {
    fc.assert(
      fc.property(table, (cells) => {
        for (const [i, published] of publish(cells).entries()) {
          const count = cells[i]?.length ?? 0
          expect(Math.abs(published - count)).toBeLessThanOrEqual(MAX_NOISE)
          expect(published).toBeGreaterThanOrEqual(0)
          if (count === 0) expect(published).toBe(0)
        }
      }),
    )
  })

  test('unbiased: for every count the noise averages to exactly zero over the key range', () => {
    for (const count of [1, 2, 3, 10, 500]) {
      const total = Array.from({ length: KEY_RANGE }, (_, key) => noiseFor(count, key)).reduce((a, b) => a + b, 0)
      expect(total).toBe(0)
    }
  })

  test('unbiased on average over many random tables', () => {
    let noise = 0
    let cells = 0
    fc.assert(
      fc.property(table, (t) => {
        for (const [i, published] of publish(t).entries()) {
          noise += published - (t[i]?.length ?? 0)
          cells++
        }
      }),
      { numRuns: 3000, seed: 15 },
    )
    // The mean noise per cell is 0 with a standard deviation of about 1 per cell.
    expect(Math.abs(noise / cells)).toBeLessThan(0.05)
  })

  test('one more record gives an unrelated cell key, so a difference of one says little', () => {
    fc.assert(
      fc.property(fc.array(recordKey, { minLength: 1 }), recordKey, (records, extra) => {
        expect(cellKey([...records, extra])).toBe((cellKey(records) + extra) % KEY_RANGE)
      }),
    )
  })
})
