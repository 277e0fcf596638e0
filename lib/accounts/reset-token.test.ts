import { expect, test } from 'vitest'
import {
  hashResetToken,
  isWellFormedResetToken,
  newMailToken,
  newResetToken,
  RESET_MINUTES,
  resetTokenStatus,
  VERIFY_HOURS,
} from './reset-token'

test('a new token is random, well formed, and only its SHA-256 is meant to be stored', () => {
  const a = newResetToken()
  const b = newResetToken()
  expect(a.token).not.toBe(b.token)
  expect(isWellFormedResetToken(a.token)).toBe(true)
  expect(a.tokenHash).toBe(hashResetToken(a.token))
  expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/)
  expect(a.tokenHash).not.toContain(a.token)
})

test('a token expires 30 minutes after it was made', () => {
  const now = new Date('2026-12-01T10:00:00Z')
  const { expiresAt } = newResetToken(now)
  expect(RESET_MINUTES).toBe(30)
  expect(expiresAt.toISOString()).toBe('2026-12-01T10:30:00.000Z')
  expect(resetTokenStatus({ expiresAt, usedAt: null }, new Date('2026-12-01T10:29:59Z'))).toBe('valid')
  expect(resetTokenStatus({ expiresAt, usedAt: null }, new Date('2026-12-01T10:30:00Z'))).toBe('expired')
})

test('a used token stays used, also before it would expire', () => {
  const now = new Date('2026-12-01T10:00:00Z')
  const { expiresAt } = newResetToken(now)
  expect(resetTokenStatus({ expiresAt, usedAt: new Date('2026-12-01T10:01:00Z') }, now)).toBe('used')
})

test('anything that is not a token is not looked up', () => {
  for (const bad of ['', 'abc', `${'a'.repeat(32)}/`, 'a'.repeat(33), "' or 1=1 --aaaaaaaaaaaaaaaaaaaaa"]) {
    expect(isWellFormedResetToken(bad)).toBe(false)
  }
})

test('a link to confirm an e-mail address works 48 hours', () => {
  const now = new Date('2026-12-01T10:00:00Z')
  const { token, expiresAt } = newMailToken(VERIFY_HOURS * 60, now)
  expect(isWellFormedResetToken(token)).toBe(true)
  expect(expiresAt.toISOString()).toBe('2026-12-03T10:00:00.000Z')
})
