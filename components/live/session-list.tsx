import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format/dates'
import { getDilemma } from '@/lib/scenarios/catalog.server'

type Row = { id: string; caseId: string; dilemmaId: string; phase: string; createdAt: Date }

/** The sessions of a class (or the docent's own ones): running ones open the projector, every one has its CSV. */
export function LiveSessionList({ sessions, basePath }: { sessions: Row[]; basePath: string }) {
  if (sessions.length === 0) return <p className="text-muted">Er zijn nog geen klassikale sessies.</p>
  return (
    <DataTable caption="Klassikale sessies" columns={['Dilemma', 'Gestart', 'Stand', 'Acties']}>
      {sessions.map((s) => (
        <tr key={s.id} className="border-b border-line align-top">
          <td className="py-2 pr-4 font-medium">
            {getDilemma(s.caseId, s.dilemmaId)?.frontmatter.title ?? s.dilemmaId}
          </td>
          <td className="py-2 pr-4">{formatDate(s.createdAt)}</td>
          <td className="py-2 pr-4">{s.phase === 'ended' ? 'Afgelopen' : 'Loopt'}</td>
          <td className="space-x-4 py-2">
            {s.phase === 'ended' ? null : <Link href={`${basePath}/${s.id}`}>Naar het scherm</Link>}
            <a href={`/klas/live/${s.id}/export`}>Verdeling (CSV)</a>
          </td>
        </tr>
      ))}
    </DataTable>
  )
}
