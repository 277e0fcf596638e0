import { endOfDutchDay } from '@/lib/classes/schemas'

// The fixed calendar periods of the insight report: a month, a quarter, a year, or all time, in Dutch time. Never a
// free day range: two free ranges can differ by one day and so by one colleague (issue 15, ADR 012). Every period is
// a whole month, quarter or year, so the only tables a coordinator can compare differ by at least a month of answers.

export type Period = {
  /** As in the query string: "alles", "2026", "2026-K4", "2026-11". */
  value: string
  label: string
  kind: 'alles' | 'jaar' | 'kwartaal' | 'maand'
  /** First moment of the period. */
  from: Date
  /** First moment after the period. */
  until: Date
}
export type PeriodChoice = { ok: true; period: Period } | { ok: false; error: string }

/** Dutch month names, January first: period labels, and parsing them back in tests. */
export const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
const EPOCH = new Date('2000-01-01T00:00:00Z')
const FAR = new Date('2100-01-01T00:00:00Z')
export const ALL_TIME: Period = { value: 'alles', label: 'Altijd', kind: 'alles', from: EPOCH, until: FAR }

/** The first moment of a calendar day (month 1–12; overflowing days roll over) in Dutch time. */
function startOfDutchDay(year: number, month: number, day: number): Date {
  const before = new Date(Date.UTC(year, month - 1, day - 1, 12))
  const iso = before.toISOString().slice(0, 10)
  return new Date((endOfDutchDay(iso) as Date).getTime() + 1000)
}

function months(year: number, firstMonth: number, count: number) {
  return { from: startOfDutchDay(year, firstMonth, 1), until: startOfDutchDay(year, firstMonth + count, 1) }
}

export function yearPeriod(year: number): Period {
  return { value: String(year), label: String(year), kind: 'jaar', ...months(year, 1, 12) }
}
export function quarterPeriod(year: number, quarter: number): Period {
  return {
    value: `${year}-K${quarter}`,
    label: `${quarter}e kwartaal ${year}`,
    kind: 'kwartaal',
    ...months(year, quarter * 3 - 2, 3),
  }
}
export function monthPeriod(year: number, month: number): Period {
  return {
    value: `${year}-${String(month).padStart(2, '0')}`,
    label: `${MONTHS[month - 1]} ${year}`,
    kind: 'maand',
    ...months(year, month, 1),
  }
}

const WRONG =
  'Deze periode bestaat niet. Kies een maand, een kwartaal, een jaar of ‘altijd’ uit de lijst; een eigen datumbereik kan hier niet, omdat twee bijna gelijke periodes samen laten zien wat één collega koos.'

/** The period from the query string; none means all time. `now` decides what lies in the future. */
export function choosePeriod(value: string | undefined, now = new Date()): PeriodChoice {
  const period = parsePeriod(value ?? 'alles')
  if (!period) return { ok: false, error: WRONG }
  if (period.from > now)
    return { ok: false, error: `${capitalise(period.label)} is nog niet begonnen: er zijn nog geen antwoorden.` }
  return { ok: true, period }
}

function parsePeriod(value: string): Period | null {
  if (value === 'alles') return ALL_TIME
  const match = value.match(/^(\d{4})(?:-(K[1-4]|\d{2}))?$/)
  if (!match) return null
  const year = Number(match[1])
  if (year < 2000 || year > 2099) return null
  if (!match[2]) return yearPeriod(year)
  if (match[2].startsWith('K')) return quarterPeriod(year, Number(match[2].slice(1)))
  const month = Number(match[2])
  return month >= 1 && month <= 12 ? monthPeriod(year, month) : null
}

/** The period just before, of the same kind: for the trend per knelpunt. None for all time. */
export function previousPeriod(period: Period): Period | null {
  const [year = 0, part = ''] = period.value.split('-')
  const y = Number(year)
  switch (period.kind) {
    case 'alles':
      return null
    case 'jaar':
      return yearPeriod(y - 1)
    case 'kwartaal': {
      const q = Number(part.slice(1))
      return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1)
    }
    case 'maand': {
      const m = Number(part)
      return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1)
    }
  }
}

/** Every period a coordinator can choose: all time, then the years, quarters and months since `first`, newest first. */
export function periodsSince(first: Date | null, now = new Date()): Period[] {
  const list: Period[] = [ALL_TIME]
  if (!first) return list
  const ym = (d: Date) => {
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
      .format(d)
      .split('-')
      .map(Number)
    return { y: y ?? 2000, m: m ?? 1 }
  }
  const start = ym(first)
  const end = ym(now)
  for (let y = end.y; y >= start.y; y--) list.push(yearPeriod(y))
  for (let y = end.y; y >= start.y; y--)
    for (let q = 4; q >= 1; q--) {
      const p = quarterPeriod(y, q)
      if (p.from <= now && p.until > startOfDutchDay(start.y, start.m, 1)) list.push(p)
    }
  for (let y = end.y; y >= start.y; y--)
    for (let m = 12; m >= 1; m--) {
      const p = monthPeriod(y, m)
      if (p.from <= now && p.until > startOfDutchDay(start.y, start.m, 1)) list.push(p)
    }
  return list
}

/**
 * The period as Dutch calendar months, `YYYY-MM-01`, first month included and `until` excluded: the keys of the
 * monthly insight cells (InsightCell.month). Every period starts on a Dutch month boundary, so this is exact.
 */
export function periodMonths(period: Period): { from: string; until: string } {
  const month = (d: Date) =>
    `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(d)}-01`
  return { from: month(period.from), until: month(period.until) }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
