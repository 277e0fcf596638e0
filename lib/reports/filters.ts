import { z } from 'zod'
import { endOfDutchDay } from '@/lib/classes/schemas'
import { choosePeriod, type PeriodChoice } from './periods'

// The report filters, read from the query string. Anything malformed is ignored rather than refused: a report with
// fewer filters is a sensible answer to a bad link.

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined)

export const reportFilterSchema = z.object({
  van: day,
  tot: day,
  team: z
    .string()
    .regex(/^[a-z0-9]{1,64}$/i)
    .optional()
    .catch(undefined),
  dilemma: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  // One case, or all cases when empty. Kept as given (up to a sane length), so a case that does not exist gets a clear
  // message instead of a silently wider report (lib/reports/filters.server.ts checks it against the catalogue).
  casus: z.string().trim().optional().catch(undefined),
  // Insight only: a fixed calendar period (see periods.ts). Kept as given, so a wrong one gets a clear error.
  periode: z.string().max(40).optional().catch(undefined),
})
export type ReportFilterInput = z.infer<typeof reportFilterSchema>

export type ReportFilters = {
  from: Date
  to: Date
  teamId?: string
  dilemma?: { caseId: string; dilemmaId: string }
  /** One case only (its dilemmas, and its share of the required modules); all cases when absent. */
  caseId?: string
  /** Why the case in the link cannot be used (it does not exist), in Dutch; then nothing is reported. */
  caseProblem?: string
  /** Insight only: the fixed period (all time when none is given), or why the given one cannot be used. */
  insightPeriod: PeriodChoice
  /** The filters as given, to keep them in links and forms. */
  input: ReportFilterInput
}

const EPOCH = new Date('2000-01-01T00:00:00Z')
const FAR = new Date('2100-01-01T00:00:00Z')

export function toReportFilters(input: ReportFilterInput): ReportFilters {
  const from = input.van ? startOfDutchDay(input.van) : EPOCH
  const to = input.tot ? (endOfDutchDay(input.tot) ?? FAR) : FAR
  const [caseId, dilemmaId] = input.dilemma?.split('/') ?? []
  return {
    from: from ?? EPOCH,
    to,
    teamId: input.team,
    dilemma: caseId && dilemmaId ? { caseId, dilemmaId } : undefined,
    caseId: input.casus || undefined,
    insightPeriod: choosePeriod(input.periode),
    input,
  }
}

function startOfDutchDay(isoDate: string): Date | null {
  const end = endOfDutchDay(isoDate)
  return end ? new Date(end.getTime() - (24 * 60 * 60 - 1) * 1000) : null
}

/** The query string of the filters, for links to exports and other report pages. */
export function filterQuery(input: ReportFilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...input, ...extra })) if (value) params.set(key, value)
  const query = params.toString()
  return query ? `?${query}` : ''
}
