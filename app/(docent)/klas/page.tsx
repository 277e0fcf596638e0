import type { Metadata } from 'next'
import { DataTable } from '@/components/ui/data-table'
import { NotYetAvailable } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { organisationsWith } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'

export const metadata: Metadata = { title: 'Mijn klassen' }

export default async function ClassesPage() {
  const user = await requirePermission('manage:group:org', { returnTo: '/klas' })
  const organisationIds = organisationsWith(user.memberships, 'manage:group:org')
  const groups = await db().group.findMany({
    where: { organisationId: { in: organisationIds }, kind: 'klas', archivedAt: null },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeEnabled: true,
      organisation: { select: { name: true } },
      _count: { select: { members: true } },
    },
  })
  return (
    <div className="space-y-8">
      <PageHeader title="Mijn klassen" intro="Je klassen, hun klascode en het aantal studenten." />
      {groups.length === 0 ? (
        <p className="text-muted">Er zijn nog geen klassen in jouw organisatie.</p>
      ) : (
        <DataTable caption="Klassen van jouw organisatie" columns={['Klas', 'Organisatie', 'Klascode', 'Studenten']}>
          {groups.map((group) => (
            <tr key={group.id} className="border-b border-line">
              <td className="py-2 pr-4 font-medium">{group.name}</td>
              <td className="py-2 pr-4">{group.organisation.name}</td>
              <td className="py-2 pr-4 font-mono">{group.joinCodeEnabled ? group.joinCode : 'uitgezet'}</td>
              <td className="py-2">{group._count.members}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <NotYetAvailable feature="Klassen maken, opdrachten klaarzetten en de voortgang volgen" />
    </div>
  )
}
