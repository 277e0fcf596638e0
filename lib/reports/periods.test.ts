import { expect, test } from 'vitest'
import { ALL_TIME, choosePeriod, periodMonths, periodsSince, previousPeriod } from './periods'

const now = new Date('2026-12-01T10:00:00Z')

test('fixed periods have Dutch-time bounds', () => {
  const nov = choosePeriod('2026-11', now)
  expect(nov.ok && nov.period.from.toISOString()).toBe('2026-10-31T23:00:00.000Z')
  expect(nov.ok && nov.period.until.toISOString()).toBe('2026-11-30T23:00:00.000Z')
  const q3 = choosePeriod('2026-K3', now)
  expect(q3.ok && [q3.period.from.toISOString(), q3.period.until.toISOString()]).toEqual([
    '2026-06-30T22:00:00.000Z',
    '2026-09-30T22:00:00.000Z',
  ])
  expect(choosePeriod(undefined, now)).toMatchObject({ ok: true, period: { value: 'alles' } })
})

test('a free range, a malformed or a future period is a clear Dutch error', () => {
  for (const wrong of ['2026-11-01..2026-11-05', '2026-13', '2026-K5', '', 'gisteren'])
    expect(choosePeriod(wrong, now)).toMatchObject({ ok: false, error: expect.stringContaining('bestaat niet') })
  expect(choosePeriod('2027-01', now)).toMatchObject({
    ok: false,
    error: 'Januari 2027 is nog niet begonnen: er zijn nog geen antwoorden.',
  })
})

test('the previous period is of the same kind', () => {
  const prev = (v: string) => {
    const c = choosePeriod(v, now)
    return c.ok ? previousPeriod(c.period)?.value : undefined
  }
  expect([prev('2026-01'), prev('2026-K1'), prev('2026'), prev('alles')]).toEqual([
    '2025-12',
    '2025-K4',
    '2025',
    undefined,
  ])
})

test('the periods on offer run from the first answer to now, newest first', () => {
  const values = periodsSince(new Date('2026-10-05T08:00:00Z'), now).map((p) => p.value)
  expect(values).toEqual(['alles', '2026', '2026-K4', '2026-12', '2026-11', '2026-10'])
  expect(periodsSince(null, now).map((p) => p.value)).toEqual(['alles'])
})

test('every period is a whole run of Dutch calendar months, the keys of the monthly insight cells', () => {
  const months = (v: string) => {
    const c = choosePeriod(v, now)
    return c.ok ? periodMonths(c.period) : undefined
  }
  expect(months('2026-11')).toEqual({ from: '2026-11-01', until: '2026-12-01' })
  expect(months('2026-12')).toEqual({ from: '2026-12-01', until: '2027-01-01' })
  expect(months('2026-K1')).toEqual({ from: '2026-01-01', until: '2026-04-01' })
  expect(months('2025')).toEqual({ from: '2025-01-01', until: '2026-01-01' })
  expect(periodMonths(ALL_TIME)).toEqual({ from: '2000-01-01', until: '2100-01-01' })
})
