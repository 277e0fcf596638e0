import { endOfDutchDay } from '@/lib/classes/schemas'

// Periods of the completion report: checking a van/tot pair from the link (a reversed or impossible period is an
// error to show, never a report full of zeros), and calendar months in Dutch time for the monthly trend.

export type PeriodField = 'van' | 'tot'
export type PeriodProblem = { message: string; fields: PeriodField[] }

const FIELD_LABEL: Record<PeriodField, string> = { van: 'Vanaf', tot: 'Tot en met' }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

/** A day as YYYY-MM-DD that exists in the calendar. */
function validDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && endOfDutchDay(value) !== null
}

/** The problem with the period in the link, in Dutch, or null when it is fine (an open end is fine). */
export function periodProblem(params: Record<string, string | string[] | undefined>): PeriodProblem | null {
  const van = first(params.van)
  const tot = first(params.tot)
  const invalid = (['van', 'tot'] as const).filter((f) => {
    const value = f === 'van' ? van : tot
    return value !== undefined && !validDay(value)
  })
  if (invalid.length > 0) {
    const names = invalid.map((f) => `‘${FIELD_LABEL[f]}’`).join(' en ')
    return {
      message: `De datum bij ${names} bestaat niet. Kies een bestaande datum, bijvoorbeeld 31-12-2026.`,
      fields: invalid,
    }
  }
  if (van && tot && van > tot) {
    return {
      message:
        'De periode is leeg: ‘Vanaf’ ligt na ‘Tot en met’. Kies een begindatum die op of vóór de einddatum ligt.',
      fields: ['van', 'tot'],
    }
  }
  return null
}

/** One calendar month in Europe/Amsterdam: [start, end) as instants, its key (YYYY-MM) and its Dutch name. */
export type Month = { key: string; label: string; start: Date; end: Date }

function startOfDutchMonth(year: number, month: number): Date {
  // Clocks never change on the first of a month, so the day is 24 hours long.
  const day = `${year}-${String(month).padStart(2, '0')}-01`
  const end = endOfDutchDay(day)
  if (!end) throw new Error(`no such day: ${day}`)
  return new Date(end.getTime() - (24 * 60 * 60 - 1) * 1000)
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** The `count` calendar months (Dutch time) up to and including the month of `moment`, oldest first. */
export function monthsUpTo(moment: Date, count: number): Month[] {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .format(moment)
    .split('-')
    .map(Number) as [number, number]
  const months: Month[] = []
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i
    const year = Math.floor(index / 12)
    const month = (index % 12) + 1
    const next = index + 1
    months.push({
      key: `${year}-${String(month).padStart(2, '0')}`,
      label: monthName.format(new Date(Date.UTC(year, month - 1, 15))),
      start: startOfDutchMonth(year, month),
      end: startOfDutchMonth(Math.floor(next / 12), (next % 12) + 1),
    })
  }
  return months
}
