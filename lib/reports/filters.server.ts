import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import { type ReportFilters, reportFilterSchema, toReportFilters } from './filters'

export type Team = { id: string; name: string }

/** A case filter names a case of the catalogue. */
const caseFilter = z
  .string()
  .max(64)
  .refine((id) => getCase(id) !== undefined)

/**
 * Filters for one organisation's report: a team must be one of that organisation's teams and a dilemma must exist;
 * otherwise that filter is dropped, so a hand-edited link can never reach into another organisation.
 */
export async function reportFiltersFor(
  organisationId: string,
  params: Record<string, string | string[] | undefined>,
): Promise<{ filters: ReportFilters; teams: Team[] }> {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  const input = reportFilterSchema.parse(flat)
  const teams = await db().group.findMany({
    where: { organisationId, kind: 'team', archivedAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  })
  if (input.team && !teams.some((t) => t.id === input.team)) input.team = undefined
  if (input.dilemma) {
    const [caseId = '', dilemmaId = ''] = input.dilemma.split('/')
    if (!getDilemma(caseId, dilemmaId)) input.dilemma = undefined
  }
  let caseProblem: string | undefined
  if (input.casus === '') input.casus = undefined
  if (input.casus && !caseFilter.safeParse(input.casus).success) {
    caseProblem = 'Deze casus bestaat niet. Kies een casus uit de lijst, of ‘Alle casussen’.'
    input.casus = undefined
  }
  // A dilemma of another case than the chosen one would make an empty report: the case wins.
  if (input.casus && input.dilemma && !input.dilemma.startsWith(`${input.casus}/`)) input.dilemma = undefined
  return { filters: { ...toReportFilters(input), caseProblem }, teams }
}
