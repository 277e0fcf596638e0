import { AGREEMENT_EXPORT_HEADER, agreementExportRows } from '@/lib/agreements/export.server'
import { audit } from '@/lib/audit/log.server'
import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { organisationsWith } from '@/lib/auth/permissions'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'

// GET /rapportage/afspraken/export?organisatie=&formaat=csv|json&scheiding= — the organisation's afspraken with
// every version. Written to the audit log first, like every report export.
export async function GET(request: Request) {
  const guard = await requireApiPermission('manage:agreement:org')
  if ('response' in guard) return guard.response
  const query = Object.fromEntries(new URL(request.url).searchParams)
  const allowed = organisationsWith(guard.user.memberships, 'manage:agreement:org')
  const organisationId = query.organisatie || allowed[0]
  if (!organisationId || !allowed.includes(organisationId)) {
    return apiError(403, 'forbidden', 'Je hebt geen toegang tot de afspraken van deze organisatie.')
  }
  const name =
    guard.user.memberships.find((m) => m.organisationId === organisationId)?.organisationName ?? 'organisatie'
  const format = query.formaat === 'json' ? 'json' : 'csv'
  await audit({ actorId: guard.user.id, organisationId, action: 'agreement.export', detail: { format } })
  const rows = await agreementExportRows(organisationId)
  const baseName = `deelwijs-afspraken-${name}-${dutchDay(new Date())}`
  if (format === 'json') {
    const safe = baseName.toLowerCase().replace(/[^a-z0-9-]+/g, '-')
    return new Response(JSON.stringify({ organisatie: name, versies: rows }, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${safe}.json"`,
        'Cache-Control': 'private, no-store',
      },
    })
  }
  const csv = toCsv(
    AGREEMENT_EXPORT_HEADER,
    rows.map((row) => AGREEMENT_EXPORT_HEADER.map((column) => row[column])),
    separatorSchema.parse(query.scheiding),
  )
  return csvResponse(csv, baseName)
}
