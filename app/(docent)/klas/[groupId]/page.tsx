import type { Metadata } from 'next'
import Link from 'next/link'
import { ValiditySelect } from '@/components/classes/validity-select'
import { ActionForm } from '@/components/forms/action-form'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { TextField } from '@/components/forms/text-field'
import { DataTable } from '@/components/ui/data-table'
import { Notice } from '@/components/ui/notice'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { requireClass } from '@/lib/classes/access.server'
import { joinCodeStatus } from '@/lib/classes/join-code-status'
import { db } from '@/lib/db/client.server'
import { formatDate } from '@/lib/format/dates'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { archiveClassAction, joinCodeAction, removeMemberAction, renameClassAction, syncRosterAction } from '../actions'

export const metadata: Metadata = { title: 'Klas' }

type Props = {
  params: Promise<{ groupId: string }>
  searchParams: Promise<{ pagina?: string; nieuw?: string; melding?: string }>
}

export default async function ClassOverviewPage({ params, searchParams }: Props) {
  const { group } = await requireClass((await params).groupId)
  const { pagina, nieuw, melding } = await searchParams
  const page = pageFromParam(pagina)
  const [members, memberCount, origin, lmsCourses] = await Promise.all([
    db().groupMember.findMany({
      where: { groupId: group.id },
      orderBy: { user: { name: 'asc' } },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db().groupMember.count({ where: { groupId: group.id } }),
    publicOrigin(),
    // A class of an LMS course whose launches named a roster (NRPS) can be filled from it.
    db().ltiContext.count({ where: { groupId: group.id, membershipsUrl: { not: null } } }),
  ])
  const status = joinCodeStatus(group)
  const joinLink = group.joinCode ? `${origin}/meedoen/${group.joinCode}` : null
  const archived = Boolean(group.archivedAt)

  return (
    <div className="space-y-10">
      {nieuw ? (
        <Notice tone="good" live="status" title="De klas is gemaakt">
          <p>Geef je studenten de klascode of de link hieronder. Zet daarna bij Opdrachten de dilemma’s klaar.</p>
        </Notice>
      ) : null}

      {melding === 'student-verwijderd' ? (
        <Notice tone="good" live="status">
          De student is uit de klas gehaald. Wat hij of zij al deed, blijft bewaard.
        </Notice>
      ) : null}

      <section aria-labelledby="klascode" className="space-y-3">
        <h2 id="klascode" className="text-2xl">
          Klascode
        </h2>
        <div className="card space-y-2">
          <p className="font-mono text-3xl tracking-widest">{group.joinCode ?? '—'}</p>
          <p className={status.open ? '' : 'font-semibold text-bad'}>{status.text}</p>
          {joinLink && status.open ? (
            <>
              <p>
                Link om mee te doen: <span className="break-all font-mono">{joinLink}</span>
              </p>
              <p>
                <Link href={`/klas/${group.id}/code`}>Toon de code en QR-code op het scherm</Link>
              </p>
            </>
          ) : null}
        </div>
        {archived ? null : (
          <div className="grid gap-4 md:grid-cols-2">
            <ActionForm
              action={joinCodeAction.bind(null, group.id)}
              submitLabel="Nieuwe klascode maken"
              className="card space-y-3"
            >
              <input type="hidden" name="action" value="vernieuwen" />
              <p>Een nieuwe code vervangt de oude. Wie al in de klas zit, blijft erin.</p>
              <ValiditySelect id="validity-new" />
            </ActionForm>
            {group.joinCodeEnabled ? (
              <ActionForm
                action={joinCodeAction.bind(null, group.id)}
                submitLabel="Klascode uitzetten"
                className="card space-y-3"
                submitClassName="btn-secondary"
              >
                <input type="hidden" name="action" value="uitzetten" />
                <p>Zet de code uit als de klas compleet is. Je kunt hem later weer aanzetten.</p>
              </ActionForm>
            ) : (
              <ActionForm
                action={joinCodeAction.bind(null, group.id)}
                submitLabel="Klascode weer aanzetten"
                className="card space-y-3"
              >
                <input type="hidden" name="action" value="aanzetten" />
                <ValiditySelect id="validity-on" />
              </ActionForm>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="studenten" className="space-y-3">
        <h2 id="studenten" className="text-2xl">
          Studenten ({memberCount})
        </h2>
        {lmsCourses > 0 && !archived ? (
          <ActionForm
            action={syncRosterAction.bind(null, group.id)}
            submitLabel="Synchroniseer deelnemers"
            className="card space-y-3"
            submitClassName="btn-secondary"
          >
            <p>
              Deze klas hoort bij een cursus in de leeromgeving. Haal de deelnemerslijst op: nieuwe studenten komen in
              de klas, wie de cursus verliet gaat eruit. Dat gebeurt ook vanzelf als iemand Deelwijs opent vanuit de
              cursus.
            </p>
          </ActionForm>
        ) : null}
        {memberCount === 0 ? (
          <p className="text-muted">Er zitten nog geen studenten in deze klas. Deel de klascode om te beginnen.</p>
        ) : (
          <>
            <DataTable caption={`Studenten van ${group.name}`} columns={['Naam', 'E-mailadres', 'Lid sinds', 'Actie']}>
              {members.map(({ user, joinedAt }) => (
                <tr key={user.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4 font-medium">{user.name}</td>
                  <td className="py-2 pr-4 break-all">{user.email}</td>
                  <td className="py-2 pr-4">{formatDate(joinedAt)}</td>
                  <td className="py-2">
                    <ConfirmAction
                      label={`${user.name} uit de klas halen`}
                      question={`${user.name} uit de klas halen? Wat deze student al deed, blijft bewaard.`}
                      confirmLabel="Ja, uit de klas halen"
                      action={removeMemberAction.bind(null, group.id)}
                      fields={{ userId: user.id }}
                    />
                  </td>
                </tr>
              ))}
            </DataTable>
            <Pagination page={page} total={memberCount} basePath={`/klas/${group.id}`} />
          </>
        )}
      </section>

      <section aria-labelledby="beheren" className="space-y-3">
        <h2 id="beheren" className="text-2xl">
          Klas beheren
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <ActionForm
            action={renameClassAction.bind(null, group.id)}
            submitLabel="Naam opslaan"
            className="card space-y-3"
          >
            <TextField name="name" label="Naam van de klas" defaultValue={group.name} required maxLength={80} />
          </ActionForm>
          <div className="card space-y-3">
            <p>
              {archived
                ? 'Maak de klas weer actief om opdrachten klaar te zetten en de code te gebruiken.'
                : 'Archiveer de klas aan het eind van het blok. De voortgang blijft bewaard en de code werkt niet meer.'}
            </p>
            <ConfirmAction
              label={archived ? 'Klas weer actief maken' : 'Klas archiveren'}
              question={archived ? `${group.name} weer actief maken?` : `${group.name} archiveren?`}
              confirmLabel={archived ? 'Ja, weer actief maken' : 'Ja, archiveren'}
              action={archiveClassAction.bind(null, group.id)}
              fields={{ archived: archived ? 'nee' : 'ja' }}
            />
          </div>
        </div>
      </section>
    </div>
  )
}
