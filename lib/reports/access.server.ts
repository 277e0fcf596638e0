import { forbidden } from 'next/navigation'
import { organisationsWith } from '@/lib/auth/permissions'
import { type CurrentUser, requirePermission } from '@/lib/auth/session.server'

// The one guard for report pages and actions: the organisation comes from ?organisatie= (or is the user's first
// organisation with reports), and the user must hold the permission in exactly that organisation.

export type ReportOrganisation = { id: string; name: string }

export function pickReportOrganisation(
  user: CurrentUser,
  requested: unknown,
  permission: 'read:report:org' | 'export:report:org' = 'read:report:org',
): { organisation: ReportOrganisation; organisations: ReportOrganisation[] } | null {
  const ids = organisationsWith(user.memberships, permission)
  const organisations = ids.map((id) => ({
    id,
    name: user.memberships.find((m) => m.organisationId === id)?.organisationName ?? id,
  }))
  organisations.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const wanted = typeof requested === 'string' && requested ? requested : organisations[0]?.id
  const organisation = organisations.find((o) => o.id === wanted)
  return organisation ? { organisation, organisations } : null
}

export async function requireReportOrganisation(requested: unknown, returnTo = '/rapportage') {
  const user = await requirePermission('read:report:org', { returnTo })
  const picked = pickReportOrganisation(user, requested)
  if (!picked) forbidden()
  return { user, ...picked }
}
