import { forbidden } from 'next/navigation'
import { organisationsWith } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'

// The one guard of the afspraken pages: the organisation comes from ?organisatie= (or is the user's first one where
// they may manage afspraken), and the user must hold manage:agreement:org in exactly that organisation.

export type AgreementOrganisation = { id: string; name: string }

export async function requireAgreementOrganisation(requested: unknown, returnTo = '/rapportage/afspraken') {
  const user = await requirePermission('manage:agreement:org', { returnTo })
  const organisations = organisationsWith(user.memberships, 'manage:agreement:org').map((id) => ({
    id,
    name: user.memberships.find((m) => m.organisationId === id)?.organisationName ?? id,
  }))
  organisations.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const wanted = typeof requested === 'string' && requested ? requested : organisations[0]?.id
  const organisation = organisations.find((o) => o.id === wanted)
  if (!organisation) forbidden()
  /** The organisation for links, only when the user has several. */
  const keep = organisations.length > 1 ? organisation.id : undefined
  return { user, organisation, organisations, keep }
}

/** `?organisatie=<id>` (and more), for links that must stay in the same organisation. */
export function agreementQuery(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))
  return entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : ''
}
