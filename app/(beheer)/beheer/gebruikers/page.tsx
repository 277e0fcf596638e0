import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { searchUsers, userFilterSchema } from '@/lib/accounts/users.server'
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'

export const metadata: Metadata = { title: 'Gebruikers' }

type Search = { pagina?: string; zoek?: string; rol?: string; organisatie?: string; status?: string }

// Find people by name or e-mail, role, organisation and status. The filters are a plain GET form, so the results can
// be bookmarked and the page works without JavaScript. Changes happen on each person's own page.
export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission('manage:user:any', { returnTo: '/beheer/gebruikers' })
  const params = await searchParams
  const filters = userFilterSchema.parse(params)
  const page = pageFromParam(params.pagina)
  const [{ total, users }, organisations] = await Promise.all([
    searchUsers(filters, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db().organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  const query = { zoek: filters.zoek, rol: filters.rol, organisatie: filters.organisatie, status: filters.status }
  const filtered = Object.values(query).some(Boolean)

  return (
    <div className="space-y-6">
      <PageHeader
        title="Gebruikers"
        intro="Zoek iemand op naam of e-mailadres, of filter op rol, organisatie en status."
      />
      <form method="get" action="/beheer/gebruikers" className="card space-y-4">
        <fieldset className="grid gap-4 md:grid-cols-4">
          <legend className="mb-2 font-semibold">Zoeken en filteren</legend>
          <div>
            <label htmlFor="zoek" className="field-label">
              Naam of e-mailadres
            </label>
            <input
              id="zoek"
              name="zoek"
              type="search"
              maxLength={100}
              defaultValue={filters.zoek ?? ''}
              className="field-input"
            />
          </div>
          <div>
            <label htmlFor="rol" className="field-label">
              Rol
            </label>
            <select id="rol" name="rol" defaultValue={filters.rol ?? ''} className="field-input">
              <option value="">Alle rollen</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="organisatie" className="field-label">
              Organisatie
            </label>
            <select
              id="organisatie"
              name="organisatie"
              defaultValue={filters.organisatie ?? ''}
              className="field-input"
            >
              <option value="">Alle organisaties</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="status" className="field-label">
              Status
            </label>
            <select id="status" name="status" defaultValue={filters.status ?? ''} className="field-input">
              <option value="">Actief en uitgeschakeld</option>
              <option value="actief">Actief</option>
              <option value="uitgeschakeld">Uitgeschakeld</option>
            </select>
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="btn-primary">
            Zoeken
          </button>
          {filtered ? <Link href="/beheer/gebruikers">Filters wissen</Link> : null}
        </div>
      </form>
      <p role="status">{total === 1 ? '1 gebruiker gevonden' : `${total} gebruikers gevonden`}</p>
      {users.length === 0 ? (
        <p className="text-muted">Niemand gevonden. Probeer een kortere zoekterm of minder filters.</p>
      ) : (
        <DataTable caption={`Gebruikers, pagina ${page}`} columns={['Naam', 'Rollen', 'Status']}>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-line align-top">
              <td className="py-3 pr-4">
                <Link href={`/beheer/gebruikers/${user.id}`} className="font-medium">
                  {user.name}
                </Link>
                <br />
                <span className="text-sm text-muted break-all">{user.email}</span>
              </td>
              <td className="py-3 pr-4 text-sm">
                {user.memberships.map((m) => `${ROLE_LABELS[m.role]} (${m.organisation.name})`).join(', ') || '—'}
              </td>
              <td className="py-3">{user.active ? 'Actief' : 'Uitgeschakeld'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} total={total} basePath="/beheer/gebruikers" query={query} />
    </div>
  )
}
