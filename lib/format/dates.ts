// Dates as Dutch readers expect them, always in Dutch time, whatever the server's time zone.
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
})

// Swedish writes dates the ISO way (2026-11-24 14:05:09), which spreadsheets read as a date and time.
const timestamp = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
})

/** "24 november 2026" */
export function formatDate(value: Date): string {
  return date.format(value)
}

/** "24 nov 2026, 14:05" */
export function formatDateTime(value: Date): string {
  return dateTime.format(value)
}

/** "2026-11-24 14:05:09", Dutch time: for exports that a spreadsheet should read as a moment. */
export function formatTimestamp(value: Date): string {
  return timestamp.format(value)
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })

/** "week 48, 2026": the ISO week (Monday to Sunday, week 1 holds 4 January) of a moment, in Dutch time. */
export function formatIsoWeek(value: Date): string {
  const [y = 0, m = 1, d = 1] = amsterdamDay.format(value).split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  // The Thursday of this week decides the week's year.
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000)
  const weekYear = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000)) + 1
  return `week ${week}, ${weekYear}`
}
