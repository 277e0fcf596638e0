import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { pickReportOrganisation } from '@/lib/reports/access.server'
import { completionReport } from '@/lib/reports/completion.server'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { periodProblem } from '@/lib/reports/period'
import { describeRequired, requiredModules } from '@/lib/reports/required.server'

// GET /api/rapportage/voltooiing?organisatie=&van=&tot=&team=&dilemma= — the main completion report as JSON, for
// dashboards and the report benchmark (bench/reports). Same function and guard as the /rapportage page.
export async function GET(request: Request) {
  const guard = await requireApiPermission('read:report:org')
  if ('response' in guard) return guard.response
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const picked = pickReportOrganisation(guard.user, params.organisatie)
  if (!picked) return apiError(403, 'forbidden', 'Je hebt geen toegang tot de rapportage van deze organisatie.')
  // A reversed or impossible period is refused with the same Dutch message as the page, never answered with zeros.
  const problem = periodProblem(params)
  if (problem) return apiError(400, 'invalid_period', problem.message)
  const { filters } = await reportFiltersFor(picked.organisation.id, params)
  const { modules, chosen } = await requiredModules(picked.organisation.id)
  const report = await completionReport(picked.organisation.id, filters, modules)
  return Response.json(
    {
      organisation: picked.organisation,
      requiredModules: modules.length,
      required: {
        chosen,
        description: describeRequired(modules, chosen),
        modules: modules.map((m) => ({ caseId: m.caseId, dilemmaId: m.dilemmaId, title: m.title })),
      },
      ...report,
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  )
}
