import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'
import { pickReportOrganisation } from '@/lib/reports/access.server'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { periodProblem } from '@/lib/reports/period'
import { requiredModules } from '@/lib/reports/required.server'
import { buildTable, COMPLETION_TABLES, REPORT_TABLES } from '@/lib/reports/tables.server'

// GET /rapportage/export/<table>?organisatie=&van=&tot=&periode=&team=&casus=&dilemma=&scheiding= — one report table as CSV
// (insight takes a fixed periode, never van/tot).
// Every export is written to the audit log first: who, which table, which filters, when.
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const guard = await requireApiPermission('export:report:org')
  if ('response' in guard) return guard.response
  const table = z.enum(REPORT_TABLES).safeParse((await params).table)
  if (!table.success) return apiError(404, 'not-found', 'Deze tabel bestaat niet.')
  const query = Object.fromEntries(new URL(request.url).searchParams)
  const picked = pickReportOrganisation(guard.user, query.organisatie, 'export:report:org')
  if (!picked) return apiError(403, 'forbidden', 'Je hebt geen toegang tot de rapportage van deze organisatie.')
  // A completion table refuses an impossible period as the completion page does, rather than a file of zeros.
  const problem = (COMPLETION_TABLES as readonly string[]).includes(table.data) ? periodProblem(query) : null
  if (problem) return apiError(400, 'invalid_period', problem.message)
  const organisationId = picked.organisation.id
  const { filters } = await reportFiltersFor(organisationId, query)
  if (filters.caseProblem) return apiError(400, 'invalid_case', filters.caseProblem)
  const { modules } = await requiredModules(organisationId)
  // Insight only for a fixed period (lib/reports/periods.ts): refused before anything is counted or logged.
  if (table.data === 'inzicht' && !filters.insightPeriod.ok)
    return apiError(400, 'bad-request', filters.insightPeriod.error)
  await audit({
    actorId: guard.user.id,
    organisationId,
    action: 'report.export',
    detail: { table: table.data, filters: filters.input },
  })
  const built = await buildTable(table.data, { organisationId, filters, required: modules })
  const csv = toCsv(built.header, built.rows, separatorSchema.parse(query.scheiding))
  return csvResponse(csv, `deelwijs-${table.data}-${picked.organisation.name}-${dutchDay(new Date())}`)
}
