import type { Metadata } from 'next'
import { DataTable } from '@/components/ui/data-table'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { setMfaForDocentsAction } from './actions'

export const metadata: Metadata = { title: 'Organisaties' }

// Per organisation: whether its docents need tweestapsverificatie. Beheerders and coördinatoren always do.
export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<{ melding?: string }> }) {
  await requirePermission('manage:user:any', { returnTo: '/beheer/organisaties' })
  const { melding } = await searchParams
  const organisations = await db().organisation.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, mfaForDocents: true },
  })
  return (
    <div className="space-y-6">
      <PageHeader
        title="Organisaties"
        intro="Beheerders en coördinatoren gebruiken altijd tweestapsverificatie. Per organisatie kies je of dat ook voor docenten geldt."
      />
      {melding === 'opgeslagen' ? (
        <Notice tone="good" live="status">
          De instelling is opgeslagen.
        </Notice>
      ) : melding === 'mislukt' ? (
        <Notice tone="bad" live="alert">
          Opslaan is niet gelukt. Probeer het opnieuw.
        </Notice>
      ) : null}
      <DataTable caption="Organisaties en tweestapsverificatie" columns={['Organisatie', 'Docenten', 'Wijzigen']}>
        {organisations.map((organisation) => (
          <tr key={organisation.id} className="border-b border-line align-top">
            <td className="py-3 pr-4 font-medium">{organisation.name}</td>
            <td className="py-3 pr-4">{organisation.mfaForDocents ? 'Verplicht' : 'Niet verplicht'}</td>
            <td className="py-3">
              <form action={setMfaForDocentsAction}>
                <input type="hidden" name="organisationId" value={organisation.id} />
                <input type="hidden" name="on" value={organisation.mfaForDocents ? 'false' : 'true'} />
                <button type="submit" className="btn-secondary">
                  {organisation.mfaForDocents
                    ? `Niet meer verplicht voor docenten van ${organisation.name}`
                    : `Verplicht voor docenten van ${organisation.name}`}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  )
}
