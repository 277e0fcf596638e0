import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { hasPermission } from '@/lib/auth/permissions'
import { findClass } from '@/lib/classes/access.server'
import { classProgress, progressSortSchema, progressTable } from '@/lib/classes/progress.server'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'

// GET /klas/<id>/voortgang/export?scheiding=puntkomma — the progress matrix as CSV, for the docent's own records.
export async function GET(request: Request, { params }: { params: Promise<{ groupId: string }> }) {
  const guard = await requireApiPermission('read:group-progress:org')
  if ('response' in guard) return guard.response
  const { groupId } = await params
  const group = /^[a-z0-9]{1,64}$/i.test(groupId) ? await findClass(groupId) : null
  if (!group) return apiError(404, 'not-found', 'Deze klas bestaat niet.')
  if (!hasPermission(guard.user.memberships, 'read:group-progress:org', group.organisationId)) {
    return apiError(403, 'forbidden', 'Je hebt geen toegang tot deze klas.')
  }
  const url = new URL(request.url)
  const separator = separatorSchema.parse(url.searchParams.get('scheiding') ?? undefined)
  const sort = progressSortSchema.parse(Object.fromEntries(url.searchParams))
  const { assignments, rows } = await classProgress(group.id, sort)
  const { header, body } = progressTable(assignments, rows)
  return csvResponse(toCsv(header, body, separator), `voortgang-${group.name}-${dutchDay(new Date())}`)
}
