import { z } from 'zod'

// Form input for classes and assignments, checked at the boundary with Dutch messages for people.

export const className = z
  .string()
  .trim()
  .min(2, 'Geef de klas een naam van minstens 2 tekens.')
  .max(80, 'Deze naam is te lang (hoogstens 80 tekens).')

/** How long a new or renewed join code admits students. */
export const CODE_VALIDITY = {
  '7': '1 week',
  '28': '4 weken',
  '91': '3 maanden',
  '365': '1 jaar',
} as const
export const DEFAULT_CODE_VALIDITY = '28'

export const codeValidity = z.enum(Object.keys(CODE_VALIDITY) as [keyof typeof CODE_VALIDITY], {
  error: 'Kies hoe lang de klascode geldig is.',
})

export const createClassSchema = z.object({
  name: className,
  organisationId: z.string().min(1, 'Kies een organisatie.').max(64),
  validity: codeValidity.default(DEFAULT_CODE_VALIDITY),
})

export const renameClassSchema = z.object({ name: className })

export const joinCodeActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('vernieuwen'), validity: codeValidity.default(DEFAULT_CODE_VALIDITY) }),
  z.object({ action: z.literal('aanzetten'), validity: codeValidity.default(DEFAULT_CODE_VALIDITY) }),
  z.object({ action: z.literal('uitzetten') }),
])

export const memberSchema = z.object({ userId: z.string().min(1).max(64) })

/** A date typed in an <input type="date">: YYYY-MM-DD, read as the end of that day in Dutch time. */
export const dueDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een geldige datum in.')
  .transform((value, ctx) => {
    const end = endOfDutchDay(value)
    if (!end) {
      ctx.addIssue({ code: 'custom', message: 'Vul een geldige datum in.' })
      return z.NEVER
    }
    return end
  })

export const assignSchema = z.object({
  dilemmas: z
    .array(z.string().regex(/^[a-z0-9-]+\/([a-z0-9-]+|\*)$/, 'Dit dilemma bestaat niet (meer).'))
    .min(1, 'Kies minstens één dilemma.')
    .max(50),
  dueAt: z.union([z.literal(''), dueDate]).optional(),
  note: z.string().trim().max(500, 'De toelichting is te lang (hoogstens 500 tekens).').optional(),
})

export const updateAssignmentSchema = z.object({
  assignmentId: z.string().min(1).max(64),
  dueAt: z.union([z.literal(''), dueDate]).optional(),
  note: z.string().trim().max(500, 'De toelichting is te lang (hoogstens 500 tekens).').optional(),
})

/** 23:59:59 on the given calendar day in Europe/Amsterdam, or null when the day does not exist. */
export function endOfDutchDay(isoDate: string): Date | null {
  const [y, m, d] = isoDate.split('-').map(Number)
  if (!y || !m || !d) return null
  const probe = new Date(Date.UTC(y, m - 1, d, 12))
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null
  // The offset of Amsterdam on that day (+1 or +2 hours), read from Intl so DST is right.
  const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(probe)
    .find((p) => p.type === 'timeZoneName')?.value
  const match = offsetName?.match(/GMT([+-])(\d{2}):(\d{2})/)
  const offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 60
  return new Date(Date.UTC(y, m - 1, d, 23, 59, 59) - offsetMinutes * 60_000)
}

/** The calendar day (YYYY-MM-DD) of a moment in Dutch time: for <input type="date"> values. */
export function dutchDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date)
}
