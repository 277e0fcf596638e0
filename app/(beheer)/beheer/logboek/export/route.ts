import { AUDIT_EXPORT_MAX_ROWS, auditFilterSchema, auditRows } from '@/lib/audit/query.server'
import { requireApiPermission } from '@/lib/auth/api-guard.server'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'
import { formatTimestamp } from '@/lib/format/dates'

// GET /beheer/logboek/export?actie=…&door=…&van=…&tot=…&scheiding=puntkomma — the filtered log as CSV, same rows as
// the page shows.
export async function GET(request: Request) {
  const guard = await requireApiPermission('read:audit-log:any')
  if ('response' in guard) return guard.response
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const { rows } = await auditRows(auditFilterSchema.parse(params), { skip: 0, take: AUDIT_EXPORT_MAX_ROWS })
  const csv = toCsv(
    ['Moment (Nederlandse tijd)', 'Wie', 'Wat', 'Over', 'Organisatie'],
    rows.map((row) => [formatTimestamp(row.at), row.actor, row.what, row.about, row.organisation]),
    separatorSchema.parse(params.scheiding),
  )
  return csvResponse(csv, `deelwijs-logboek-${dutchDay(new Date())}`)
}
