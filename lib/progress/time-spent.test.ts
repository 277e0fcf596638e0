import { describe, expect, it } from 'vitest'
import { activeSeconds, formatDuration, IDLE_CAP_SECONDS } from './time-spent'

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000)

describe('activeSeconds', () => {
  it('adds the gaps between the start and each move', () => {
    expect(activeSeconds(at(0), [at(30), at(90), at(100)])).toBe(100)
  })
  it('caps a long pause, so a learner who walked away is not counted for hours', () => {
    expect(activeSeconds(at(0), [at(60), at(60 + 3 * 3600), at(60 + 3 * 3600 + 20)])).toBe(60 + IDLE_CAP_SECONDS + 20)
  })
  it('is zero without moves and ignores the order the moves arrive in', () => {
    expect(activeSeconds(at(0), [])).toBe(0)
    expect(activeSeconds(at(0), [at(50), at(20)])).toBe(50)
  })
})

describe('formatDuration', () => {
  it('writes minutes and hours the Dutch way', () => {
    expect(formatDuration(0)).toBe('0 min')
    expect(formatDuration(20)).toBe('< 1 min')
    expect(formatDuration(12 * 60)).toBe('12 min')
    expect(formatDuration(65 * 60)).toBe('1 u 05 min')
  })
})
