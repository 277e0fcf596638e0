import type { Metadata } from 'next'
import { NotYetAvailable } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { organisationsWith } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'

export const metadata: Metadata = { title: 'Rapportage' }

export default async function ReportsHomePage() {
  const user = await requirePermission('read:report:org', { returnTo: '/rapportage' })
  const organisationIds = organisationsWith(user.memberships, 'read:report:org')
  const organisations = await db().organisation.findMany({
    where: { id: { in: organisationIds } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, _count: { select: { memberships: { where: { role: 'learner' } } } } },
  })
  return (
    <div className="space-y-8">
      <PageHeader
        title="Rapportage"
        intro="Hoeveel medewerkers de training volgen en afronden. Je ziet nooit welke keuzes één persoon maakte."
      />
      <ul className="grid gap-4 sm:grid-cols-2">
        {organisations.map((org) => (
          <li key={org.id} className="card">
            <h2 className="text-xl">{org.name}</h2>
            <p className="mt-1 text-muted">
              {org._count.memberships === 1 ? '1 deelnemer' : `${org._count.memberships} deelnemers`}
            </p>
          </li>
        ))}
      </ul>
      <NotYetAvailable feature="Voortgangs- en inzichtrapportages" />
    </div>
  )
}
