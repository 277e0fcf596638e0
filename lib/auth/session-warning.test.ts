import { describe, expect, test } from 'vitest'
import { sessionEndPlan, signInAgainHref, WARN_BEFORE_SECONDS } from './session-warning'

describe('sessionEndPlan', () => {
  test('warns two minutes before the idle end while that comes first', () => {
    expect(sessionEndPlan({ idleSeconds: 7200, absoluteSeconds: 40_000 })).toEqual({
      kind: 'idle',
      endsInSeconds: 7200,
      warnInSeconds: 7200 - WARN_BEFORE_SECONDS,
    })
  })

  test('warns for the absolute limit when it comes before the idle end', () => {
    expect(sessionEndPlan({ idleSeconds: 7200, absoluteSeconds: 600 })).toEqual({
      kind: 'absolute',
      endsInSeconds: 600,
      warnInSeconds: 480,
    })
  })

  test('warns at once when less than two minutes are left, and never counts below zero', () => {
    expect(sessionEndPlan({ idleSeconds: 60, absoluteSeconds: 9000 }).warnInSeconds).toBe(0)
    expect(sessionEndPlan({ idleSeconds: -5, absoluteSeconds: 9000 }).endsInSeconds).toBe(0)
  })
})

test('signInAgainHref returns to the page and says the session ended', () => {
  expect(signInAgainHref('/leren?x=1')).toBe('/inloggen?terug=%2Fleren%3Fx%3D1&verlopen=1')
})
