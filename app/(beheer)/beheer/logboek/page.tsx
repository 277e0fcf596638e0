import type { Metadata } from 'next'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { auditLabel } from '@/lib/audit/labels'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { formatDateTime } from '@/lib/format/dates'

export const metadata: Metadata = { title: 'Logboek' }

// Who did what, when: admin and coordinator actions and every report download. Read-only; newest first.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  await requirePermission('read:audit-log:any', { returnTo: '/beheer/logboek' })
  const page = pageFromParam((await searchParams).pagina)
  const [entries, total] = await Promise.all([
    db().auditLog.findMany({ orderBy: { createdAt: 'desc' }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db().auditLog.count(),
  ])
  const [actors, organisations] = await Promise.all([
    db().user.findMany({
      where: { id: { in: entries.map((e) => e.actorId).filter((id): id is string => id !== null) } },
      select: { id: true, name: true },
    }),
    db().organisation.findMany({
      where: { id: { in: entries.map((e) => e.organisationId).filter((id): id is string => id !== null) } },
      select: { id: true, name: true },
    }),
  ])
  const nameOf = (list: { id: string; name: string }[], id: string | null) =>
    id ? (list.find((x) => x.id === id)?.name ?? 'verwijderd') : '—'
  return (
    <div className="space-y-6">
      <PageHeader
        title="Logboek"
        intro="Wat beheerders, coördinatoren en docenten deden, en elke download van een rapportage."
      />
      {entries.length === 0 ? (
        <p className="text-muted">Het logboek is nog leeg.</p>
      ) : (
        <DataTable caption="Logboek, nieuwste eerst" columns={['Moment', 'Wie', 'Organisatie', 'Wat', 'Details']}>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
              <td className="py-2 pr-4">{nameOf(actors, entry.actorId)}</td>
              <td className="py-2 pr-4">{nameOf(organisations, entry.organisationId)}</td>
              <td className="py-2 pr-4">{auditLabel(entry.action)}</td>
              <td className="py-2 font-mono text-sm break-all">{entry.detail ? JSON.stringify(entry.detail) : ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} total={total} basePath="/beheer/logboek" />
    </div>
  )
}
