import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { dutchDay } from '@/lib/classes/schemas'
import { organisationPrivacyExport } from '@/lib/privacy/organisation-export.server'

// GET /beheer/privacy/export?organisatie=<id> — the organisation's privacy pack for its FG as one JSON file: the data
// inventory, the log of exports and role changes, and counts per category. Only an admin of that organisation;
// the download itself is logged (privacy.export).
export async function GET(request: Request) {
  const id = z
    .string()
    .regex(/^[a-z0-9]+$/i)
    .max(64)
    .safeParse(new URL(request.url).searchParams.get('organisatie'))
  if (!id.success) return apiError(400, 'invalid-organisation', 'Kies een organisatie.')
  const guard = await requireApiPermission('manage:user:any', id.data)
  if ('response' in guard) return guard.response
  const data = await organisationPrivacyExport(id.data)
  await audit({ actorId: guard.user.id, organisationId: id.data, action: 'privacy.export' })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="deelwijs-privacy-${data.organisation.slug}-${dutchDay(new Date())}.json"`,
      'cache-control': 'private, no-store',
    },
  })
}
