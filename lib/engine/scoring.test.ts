import { describe, expect, it } from 'vitest'
import { BEHAALD_MIN_SCORE, isBehaald, scoreAttempt } from './scoring'

describe('scoreAttempt', () => {
  it('gives 100 for only passend and 0 for only onjuist', () => {
    expect(scoreAttempt(['passend', 'passend'])).toBe(100)
    expect(scoreAttempt(['onjuist'])).toBe(0)
  })

  it('counts twijfelachtig as half', () => {
    expect(scoreAttempt(['twijfelachtig'])).toBe(50)
    expect(scoreAttempt(['passend', 'twijfelachtig', 'onjuist'])).toBe(50)
  })

  it('rounds to a whole percentage, halves up', () => {
    // 1 point of 6: 16.67
    expect(scoreAttempt(['twijfelachtig', 'onjuist', 'onjuist'])).toBe(17)
    // 3 points of 8: 37.5
    expect(scoreAttempt(['passend', 'twijfelachtig', 'onjuist', 'onjuist'])).toBe(38)
  })

  it('leaves neutral choices out', () => {
    expect(scoreAttempt([undefined, 'passend', undefined, 'onjuist'])).toBe(50)
  })

  it('has no score without quality choices', () => {
    expect(scoreAttempt([])).toBeNull()
    expect(scoreAttempt([undefined, undefined])).toBeNull()
  })
})

describe('isBehaald', () => {
  it('needs a passend ending and a score of at least 70', () => {
    expect(BEHAALD_MIN_SCORE).toBe(70)
    expect(isBehaald('passend', 70)).toBe(true)
    expect(isBehaald('passend', 100)).toBe(true)
    expect(isBehaald('passend', 69)).toBe(false)
  })

  it('is never behaald for another outcome, an unfinished attempt or no score', () => {
    expect(isBehaald('twijfelachtig', 100)).toBe(false)
    expect(isBehaald('onjuist', 0)).toBe(false)
    expect(isBehaald(null, 100)).toBe(false)
    expect(isBehaald(undefined, 90)).toBe(false)
    expect(isBehaald('passend', null)).toBe(false)
  })
})
