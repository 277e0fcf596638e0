import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { pickReportOrganisation } from '@/lib/reports/access.server'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { decisionPointInsight, insightScope } from '@/lib/reports/insight.server'
import { MAX_NOISE } from '@/lib/reports/perturbation'

// GET /api/rapportage/inzicht?organisatie=&periode=&team=&dilemma= — the insight report as JSON, for dashboards and
// the report benchmark. Same function, guard and protection as the /rapportage/inzicht page: a fixed period only,
// perturbed counts, small cells hidden (docs/decisions/012-gemeente-reports.md).
export async function GET(request: Request) {
  const guard = await requireApiPermission('read:report:org')
  if ('response' in guard) return guard.response
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const picked = pickReportOrganisation(guard.user, params.organisatie)
  if (!picked) return apiError(403, 'forbidden', 'Je hebt geen toegang tot de rapportage van deze organisatie.')
  const { filters } = await reportFiltersFor(picked.organisation.id, params)
  const chosen = insightScope(filters)
  if (!chosen.ok) return apiError(400, 'bad-request', chosen.error)
  const points = await decisionPointInsight(picked.organisation.id, chosen.scope)
  return Response.json(
    {
      organisation: picked.organisation,
      period: { value: chosen.scope.period.value, label: chosen.scope.period.label },
      teamId: chosen.scope.teamId ?? null,
      maxNoise: MAX_NOISE,
      decisionPoints: points,
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  )
}
