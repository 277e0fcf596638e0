import type { Metadata } from 'next'
import Link from 'next/link'
import { ValiditySelect } from '@/components/classes/validity-select'
import { ActionForm } from '@/components/forms/action-form'
import { OrganisationSelect } from '@/components/forms/organisation-select'
import { TextField } from '@/components/forms/text-field'
import { DataTable } from '@/components/ui/data-table'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { organisationsWith } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { visibleClassesWhere } from '@/lib/classes/access.server'
import { db } from '@/lib/db/client.server'
import { formatDate } from '@/lib/format/dates'
import { createClassAction } from './actions'

export const metadata: Metadata = { title: 'Mijn klassen' }

export default async function ClassesPage({
  searchParams,
}: {
  searchParams: Promise<{ archief?: string; melding?: string }>
}) {
  const user = await requirePermission('manage:group:org', { returnTo: '/klas' })
  const { archief, melding } = await searchParams
  const archived = archief === '1'
  const organisationIds = organisationsWith(user.memberships, 'manage:group:org')
  const organisations = user.memberships.filter(
    (m, i, all) =>
      organisationIds.includes(m.organisationId) && all.findIndex((o) => o.organisationId === m.organisationId) === i,
  )
  const groups = await db().group.findMany({
    // Only the classes one owns; an admin of the organisation sees all of its classes.
    where: { ...visibleClassesWhere(user, organisationIds), archivedAt: archived ? { not: null } : null },
    orderBy: [{ archivedAt: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      archivedAt: true,
      organisation: { select: { name: true } },
      _count: { select: { members: true, assignments: true } },
    },
  })
  return (
    <div className="space-y-10">
      <PageHeader
        title={archived ? 'Gearchiveerde klassen' : 'Mijn klassen'}
        intro={
          archived
            ? 'Klassen die je hebt gearchiveerd. De voortgang is bewaard; je kunt een klas weer actief maken.'
            : 'Maak een klas, laat studenten meedoen met de klascode en zet dilemma’s voor ze klaar.'
        }
      />
      {melding === 'klas-verlaten' ? (
        <Notice tone="good" live="status">
          Je bent geen docent meer van die klas. De andere docenten houden hem.
        </Notice>
      ) : null}
      <section aria-labelledby="klassen" className="space-y-3">
        <h2 id="klassen" className="text-2xl">
          {archived ? 'Archief' : 'Actieve klassen'}
        </h2>
        {groups.length === 0 ? (
          <p className="text-muted">
            {archived
              ? 'Er zijn geen gearchiveerde klassen.'
              : 'Je hebt nog geen klassen. Maak hieronder je eerste klas.'}
          </p>
        ) : (
          <DataTable
            caption={archived ? 'Gearchiveerde klassen' : 'Jouw actieve klassen'}
            columns={['Klas', 'Organisatie', 'Studenten', 'Opdrachten', archived ? 'Gearchiveerd op' : '']}
          >
            {groups.map((group) => (
              <tr key={group.id} className="border-b border-line">
                <td className="py-2 pr-4 font-medium">
                  <Link href={`/klas/${group.id}`}>{group.name}</Link>
                </td>
                <td className="py-2 pr-4">{group.organisation.name}</td>
                <td className="py-2 pr-4">{group._count.members}</td>
                <td className="py-2 pr-4">{group._count.assignments}</td>
                <td className="py-2">{group.archivedAt ? formatDate(group.archivedAt) : null}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p>
          {archived ? (
            <Link href="/klas">Terug naar de actieve klassen</Link>
          ) : (
            <Link href="/klas?archief=1">Bekijk gearchiveerde klassen</Link>
          )}
        </p>
      </section>
      {archived ? null : (
        <section aria-labelledby="nieuwe-klas" className="space-y-3">
          <h2 id="nieuwe-klas" className="text-2xl">
            Nieuwe klas
          </h2>
          <ActionForm action={createClassAction} submitLabel="Klas maken" className="card max-w-xl space-y-4">
            <TextField name="name" label="Naam van de klas" required maxLength={80} autoComplete="off" />
            {organisations.length > 1 ? (
              <OrganisationSelect
                organisations={organisations.map((m) => ({ id: m.organisationId, name: m.organisationName }))}
                required={false}
              />
            ) : (
              <input type="hidden" name="organisationId" value={organisations[0]?.organisationId ?? ''} />
            )}
            <ValiditySelect />
          </ActionForm>
        </section>
      )}
      <section aria-labelledby="klassikaal" className="space-y-3">
        <h2 id="klassikaal" className="text-2xl">
          Klassikaal zonder klas
        </h2>
        <p>
          Een werksessie of losse training? <Link href="/klas/live">Speel een dilemma samen op het scherm</Link>; de
          groep stemt met de telefoon.
        </p>
      </section>
    </div>
  )
}
