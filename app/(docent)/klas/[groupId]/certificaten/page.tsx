import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { requireClass } from '@/lib/classes/access.server'
import { db } from '@/lib/db/client.server'
import { formatDate } from '@/lib/format/dates'

export const metadata: Metadata = { title: 'Certificaten van de klas' }

// The certificates of the class's current students: those of this class and their case certificates. A certificate
// is the student's own snapshot; the docent sees that it exists and can check it through its public code.
export default async function ClassCertificatesPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { group } = await requireClass((await params).groupId, 'read:group-progress:org')
  const certificates = await db().certificate.findMany({
    where: {
      user: { groupMembers: { some: { groupId: group.id } } },
      OR: [{ scope: 'casus' }, { groupId: group.id }],
    },
    orderBy: [{ holderName: 'asc' }, { issuedAt: 'desc' }],
    select: { id: true, code: true, holderName: true, moduleTitle: true, scope: true, completedAt: true },
  })
  return (
    <section aria-labelledby="certificaten" className="space-y-4">
      <h2 id="certificaten" className="text-2xl">
        Certificaten ({certificates.length})
      </h2>
      <p className="text-muted">
        De certificaten die studenten van deze klas zichzelf hebben gegeven: voor de opdrachten van deze klas of voor
        een hele casus. Met de code controleert iedereen of een certificaat echt is.
      </p>
      {certificates.length === 0 ? (
        <p>Nog geen student van deze klas heeft een certificaat.</p>
      ) : (
        <DataTable
          caption={`Certificaten van studenten van ${group.name}`}
          columns={['Student', 'Certificaat', 'Voor', 'Behaald op', 'Controleren']}
        >
          {certificates.map((c) => (
            <tr key={c.id} className="border-b border-line align-top">
              <td className="py-2 pr-4 font-medium">{c.holderName}</td>
              <td className="py-2 pr-4">{c.moduleTitle}</td>
              <td className="py-2 pr-4">{c.scope === 'klas' ? 'Deze klas' : 'Hele casus'}</td>
              <td className="py-2 pr-4">{formatDate(c.completedAt)}</td>
              <td className="py-2">
                <Link href={`/verifieer/${c.code}`}>
                  {c.code}
                  <span className="sr-only"> controleren</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  )
}
