import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { organisationsWith } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { organisationCounts } from '@/lib/privacy/organisation-export.server'

export const metadata: Metadata = { title: 'Privacy en FG' }

// For the organisation's privacy officer (FG): how many people and records Deelwijs holds per kind of personal data,
// and one download with the inventory, the log of exports and role changes, and these counts.
export default async function PrivacyAdminPage() {
  const user = await requirePermission('manage:user:any', { returnTo: '/beheer/privacy' })
  const organisations = await db().organisation.findMany({
    where: { id: { in: organisationsWith(user.memberships, 'manage:user:any') } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  })
  const counted = await Promise.all(organisations.map(async (o) => ({ ...o, counts: await organisationCounts(o.id) })))
  return (
    <div className="space-y-8">
      <PageHeader
        title="Privacy en FG"
        intro="Voor de functionaris gegevensbescherming, een DPIA of een controle: wat Deelwijs over de mensen van je organisatie bewaart."
      />
      <p>
        De download bevat de gegevensinventaris (elk veld: doel, grondslag, wie het ziet, bewaartermijn), het logboek
        van downloads en rolwijzigingen, en de aantallen hieronder. Elke download komt in het logboek. De DPIA, het
        verwerkingsregister en de beveiligingsmaatregelen staan in de map docs/privacy van Deelwijs.{' '}
        <Link href="/privacy">Lees de privacyverklaring</Link>.
      </p>
      {counted.map((organisation) => (
        <section key={organisation.id} className="card space-y-4" aria-labelledby={`org-${organisation.id}`}>
          <h2 id={`org-${organisation.id}`} className="text-2xl">
            {organisation.name}
          </h2>
          <p>
            {organisation.counts.people} {organisation.counts.people === 1 ? 'persoon' : 'personen'} met een rol in deze
            organisatie.
          </p>
          <DataTable
            caption={`Aantallen per soort gegeven, ${organisation.name}`}
            columns={['Soort gegeven', 'Records', 'Tabellen']}
          >
            {organisation.counts.categories.map((c) => (
              <tr key={c.category} className="border-b border-line align-top">
                <td className="py-2 pr-4">{c.label}</td>
                <td className="py-2 pr-4">{c.records}</td>
                <td className="py-2">{c.tables.length}</td>
              </tr>
            ))}
          </DataTable>
          <a
            className="btn-primary inline-block"
            href={`/beheer/privacy/export?organisatie=${encodeURIComponent(organisation.id)}`}
            download
          >
            Privacygegevens van {organisation.name} downloaden (JSON)
          </a>
        </section>
      ))}
    </div>
  )
}
