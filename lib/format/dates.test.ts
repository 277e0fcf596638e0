import { describe, expect, test } from 'vitest'
import { formatDate, formatDateTime, formatIsoWeek, formatTimestamp } from './dates'

test('moments are shown in Dutch time, winter and summer, whatever the server zone', () => {
  expect(formatTimestamp(new Date('2026-11-24T13:05:09Z'))).toBe('2026-11-24 14:05:09')
  expect(formatTimestamp(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02 00:30:00')
  expect(formatDate(new Date('2026-11-24T23:30:00Z'))).toBe('25 november 2026')
  expect(formatDateTime(new Date('2026-11-24T13:05:00Z'))).toMatch(/^24 nov 2026.*14:05$/)
})

describe('formatIsoWeek', () => {
  test('names the ISO week and its year, in Dutch time', () => {
    expect(formatIsoWeek(new Date('2026-11-24T12:00:00Z'))).toBe('week 48, 2026')
    // Friday 1 January 2027 still belongs to week 53 of 2026; Monday 30 December 2024 to week 1 of 2025.
    expect(formatIsoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('week 53, 2026')
    expect(formatIsoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('week 1, 2025')
    // Sunday 23:30 in Amsterdam is still week 48; half past midnight on Monday there is week 49.
    expect(formatIsoWeek(new Date('2026-11-29T22:30:00Z'))).toBe('week 48, 2026')
    expect(formatIsoWeek(new Date('2026-11-29T23:30:00Z'))).toBe('week 49, 2026')
  })
})
