import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CELL_MINIMUM, MIN_RESPONDENTS, suppress } from './suppression'

const cells = (...counts: number[]) => counts.map((count, i) => ({ id: `c${i}`, count }))

describe('suppress', () => {
  it('hides the whole distribution below the minimum number of respondents', () => {
    expect(suppress(cells(5, 4), 9)).toEqual({ shown: false, respondents: 9 })
  })
  it('shows cells that are large enough', () => {
    const result = suppress(cells(6, 0, 14), 20)
    expect(result).toMatchObject({ shown: true, cells: [{ count: 6 }, { count: 0 }, { count: 14 }] })
  })
  it('hides a small cell and, when it is the only one, the smallest other cell too', () => {
    const result = suppress(cells(3, 10, 7, 0), 20)
    if (!result.shown) throw new Error('expected shown')
    expect(result.cells.map((c) => c.count)).toEqual([null, 10, 7, null])
  })
  it('needs no extra hiding when two cells are already hidden', () => {
    const result = suppress(cells(2, 4, 14), 20)
    if (!result.shown) throw new Error('expected shown')
    expect(result.cells.map((c) => c.count)).toEqual([null, null, 14])
  })
  it('never lets one hidden cell be computed from the total and the visible cells', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 2, maxLength: 6 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0)
        const result = suppress(cells(...counts), total)
        if (!result.shown) return total < MIN_RESPONDENTS
        const hidden = result.cells.filter((c) => c.hidden)
        const smallShown = result.cells.some(
          (c) => !c.hidden && c.count !== null && c.count > 0 && c.count < CELL_MINIMUM,
        )
        return hidden.length !== 1 && !smallShown
      }),
    )
  })
})
