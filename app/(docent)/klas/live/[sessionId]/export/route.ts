import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'
import { liveSessionFor } from '@/lib/live/access.server'
import { aggregateTable, sessionAggregates } from '@/lib/live/aggregates.server'

// GET /klas/live/<id>/export — what stays of a live session: the split per decision point where at least 5 voted.
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const guard = await requireApiPermission('manage:group:org')
  if ('response' in guard) return guard.response
  const access = await liveSessionFor(guard.user, (await params).sessionId)
  if (access.verdict !== 'allowed') {
    return access.verdict === 'forbidden'
      ? apiError(403, 'forbidden', 'Je hebt geen toegang tot deze sessie.')
      : apiError(404, 'not-found', 'Deze sessie bestaat niet.')
  }
  const separator = separatorSchema.parse(new URL(request.url).searchParams.get('scheiding') ?? undefined)
  const { header, body } = aggregateTable(await sessionAggregates(access.session))
  return csvResponse(toCsv(header, body, separator), `klassikaal-${access.session.dilemmaId}-${dutchDay(new Date())}`)
}
