import { expect, test } from 'vitest'
import { formatDate, formatDateTime, formatTimestamp } from './dates'

test('moments are shown in Dutch time, winter and summer, whatever the server zone', () => {
  expect(formatTimestamp(new Date('2026-11-24T13:05:09Z'))).toBe('2026-11-24 14:05:09')
  expect(formatTimestamp(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02 00:30:00')
  expect(formatDate(new Date('2026-11-24T23:30:00Z'))).toBe('25 november 2026')
  expect(formatDateTime(new Date('2026-11-24T13:05:00Z'))).toMatch(/^24 nov 2026.*14:05$/)
})
