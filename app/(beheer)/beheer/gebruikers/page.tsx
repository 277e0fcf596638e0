import type { Metadata } from 'next'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { setUserActiveAction } from '../actions'
import { ResetSecondFactor, ResetSecondFactorNotice } from './_second-factor/reset-second-factor'

export const metadata: Metadata = { title: 'Gebruikers' }

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string; tweestaps?: string }>
}) {
  const admin = await requirePermission('manage:user:any', { returnTo: '/beheer/gebruikers' })
  const { pagina, tweestaps } = await searchParams
  const page = pageFromParam(pagina)
  const [total, users] = await Promise.all([
    db().user.count(),
    db().user.findMany({
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        mfaEnabledAt: true,
        memberships: { select: { role: true, organisation: { select: { name: true } } } },
      },
    }),
  ])
  return (
    <div className="space-y-6">
      <PageHeader title="Gebruikers" intro={`${total} gebruikers in totaal.`} />
      <ResetSecondFactorNotice outcome={tweestaps} />
      <DataTable caption={`Alle gebruikers, pagina ${page}`} columns={['Naam', 'Rollen', 'Status', 'Actie']}>
        {users.map((user) => (
          <tr key={user.id} className="border-b border-line align-top">
            <td className="py-3 pr-4">
              <span className="font-medium">{user.name}</span>
              <br />
              <span className="text-sm text-muted">{user.email}</span>
            </td>
            <td className="py-3 pr-4 text-sm">
              {user.memberships.map((m) => `${ROLE_LABELS[m.role]} (${m.organisation.name})`).join(', ') || '—'}
            </td>
            <td className="py-3 pr-4">{user.active ? 'Actief' : 'Uitgeschakeld'}</td>
            <td className="py-3">
              {user.id === admin.id ? (
                <span className="text-sm text-muted">Dit ben jij</span>
              ) : (
                <div className="space-y-2">
                  <ConfirmAction
                    label={user.active ? 'Uitschakelen' : 'Weer activeren'}
                    question={
                      user.active
                        ? `${user.name} uitschakelen? Diegene wordt meteen overal uitgelogd.`
                        : `${user.name} weer toegang geven?`
                    }
                    confirmLabel={user.active ? 'Ja, uitschakelen' : 'Ja, activeren'}
                    action={setUserActiveAction}
                    fields={{ userId: user.id, active: user.active ? 'false' : 'true' }}
                  />
                  {user.mfaEnabledAt ? (
                    <ResetSecondFactor
                      userId={user.id}
                      userName={user.name}
                      returnTo={`/beheer/gebruikers${page > 1 ? `?pagina=${page}` : ''}`}
                    />
                  ) : null}
                </div>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={page} total={total} basePath="/beheer/gebruikers" />
    </div>
  )
}
