import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { AUDIT_ACTIONS } from '@/lib/audit/describe'
import { AUDIT_EXPORT_MAX_ROWS, auditActors, auditFilterSchema, auditRows } from '@/lib/audit/query.server'
import { requirePermission } from '@/lib/auth/session.server'
import { formatDateTime } from '@/lib/format/dates'

export const metadata: Metadata = { title: 'Logboek' }

type Search = { pagina?: string; actie?: string; door?: string; van?: string; tot?: string }

// Who did what, when, about whom: admin, coordinator and docent actions and every report download, as readable
// Dutch rows. Read-only; newest first; filtered by a plain GET form, so it works without JavaScript.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission('read:audit-log:any', { returnTo: '/beheer/logboek' })
  const params = await searchParams
  const filters = auditFilterSchema.parse(params)
  const page = pageFromParam(params.pagina)
  const [{ rows, total }, actors] = await Promise.all([
    auditRows(filters, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    auditActors(),
  ])
  const query = { actie: filters.actie, door: filters.door, van: filters.van, tot: filters.tot }
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])))
  const filtered = Object.values(query).some(Boolean)
  const withSemicolons = new URLSearchParams([...exportQuery, ['scheiding', 'puntkomma']])

  return (
    <div className="space-y-6">
      <PageHeader
        title="Logboek"
        intro="Wat beheerders, coördinatoren en docenten deden, en elke download van een rapportage. Tijden in Nederlandse tijd."
      />
      <form method="get" action="/beheer/logboek" className="card space-y-4">
        <fieldset className="grid gap-4 md:grid-cols-4">
          <legend className="mb-2 font-semibold">Filteren</legend>
          <div>
            <label htmlFor="actie" className="field-label">
              Soort actie
            </label>
            <select id="actie" name="actie" defaultValue={filters.actie ?? ''} className="field-input">
              <option value="">Alle acties</option>
              {Object.entries(AUDIT_ACTIONS).map(([action, { label }]) => (
                <option key={action} value={action}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="door" className="field-label">
              Door
            </label>
            <select id="door" name="door" defaultValue={filters.door ?? ''} className="field-input">
              <option value="">Iedereen</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name} ({actor.email})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="van" className="field-label">
              Vanaf
            </label>
            <input id="van" name="van" type="date" defaultValue={filters.van ?? ''} className="field-input" />
          </div>
          <div>
            <label htmlFor="tot" className="field-label">
              Tot en met
            </label>
            <input id="tot" name="tot" type="date" defaultValue={filters.tot ?? ''} className="field-input" />
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary">
            Filter toepassen
          </button>
          {filtered ? <Link href="/beheer/logboek">Filters wissen</Link> : null}
          <a href={`/beheer/logboek/export${exportQuery.size ? `?${exportQuery}` : ''}`}>
            Download als CSV{filtered ? ' (met deze filters)' : ''}
          </a>
          <a href={`/beheer/logboek/export?${withSemicolons}`}>CSV voor Excel (puntkomma’s)</a>
        </div>
        <p className="text-sm text-muted">
          Een download bevat hoogstens {AUDIT_EXPORT_MAX_ROWS.toLocaleString('nl-NL')} regels; kies een kortere periode
          voor meer.
        </p>
      </form>
      <p role="status">{total === 1 ? '1 regel' : `${total} regels`}</p>
      {rows.length === 0 ? (
        <p className="text-muted">{filtered ? 'Geen regels bij deze filters.' : 'Het logboek is nog leeg.'}</p>
      ) : (
        <DataTable caption="Logboek, nieuwste eerst" columns={['Moment', 'Wie', 'Wat', 'Over', 'Organisatie']}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(row.at)}</td>
              <td className="py-2 pr-4 break-all">{row.actor}</td>
              <td className="py-2 pr-4">{row.what}</td>
              <td className="py-2 pr-4">{row.about}</td>
              <td className="py-2">{row.organisation}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} total={total} basePath="/beheer/logboek" query={query} />
    </div>
  )
}
