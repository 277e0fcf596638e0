import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { classFor } from '@/lib/classes/access.server'
import { classProgress, progressSortSchema, progressTable } from '@/lib/classes/progress.server'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'

// GET /klas/<id>/voortgang/export?scheiding=puntkomma — the progress matrix as CSV, for the class's own docents.
export async function GET(request: Request, { params }: { params: Promise<{ groupId: string }> }) {
  const guard = await requireApiPermission('read:group-progress:org')
  if ('response' in guard) return guard.response
  const access = await classFor(guard.user, (await params).groupId, 'read:group-progress:org')
  if (access.verdict !== 'allowed') {
    return access.verdict === 'forbidden'
      ? apiError(403, 'forbidden', 'Je hebt geen toegang tot deze klas.')
      : apiError(404, 'not-found', 'Deze klas bestaat niet.')
  }
  const { group } = access
  const url = new URL(request.url)
  const separator = separatorSchema.parse(url.searchParams.get('scheiding') ?? undefined)
  const sort = progressSortSchema.parse(Object.fromEntries(url.searchParams))
  const { assignments, rows } = await classProgress(group.id, sort)
  const { header, body } = progressTable(assignments, rows)
  return csvResponse(toCsv(header, body, separator), `voortgang-${group.name}-${dutchDay(new Date())}`)
}
