// Dates as Dutch readers expect them, always in Dutch time, whatever the server's time zone.
const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
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
