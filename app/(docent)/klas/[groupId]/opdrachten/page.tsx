import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { DataTable } from '@/components/ui/data-table'
import { requireClass } from '@/lib/classes/access.server'
import { classAssignments } from '@/lib/classes/assignments.server'
import { dutchDay } from '@/lib/classes/schemas'
import { formatDate } from '@/lib/format/dates'
import { getCatalog } from '@/lib/scenarios/catalog.server'
import { assignAction, removeAssignmentAction, updateAssignmentAction } from '../../actions'

export const metadata: Metadata = { title: 'Opdrachten van de klas' }

export default async function AssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ groupId: string }>
  searchParams: Promise<{ wijzig?: string }>
}) {
  const { group } = await requireClass((await params).groupId)
  // From "staat al klaar" on assigning again: that assignment's edit form opens.
  const { wijzig } = await searchParams
  const assignments = await classAssignments(group.id)
  const today = dutchDay(new Date())
  const cases = getCatalog().cases

  return (
    <div className="space-y-10">
      <section aria-labelledby="klaargezet" className="space-y-3">
        <h2 id="klaargezet" className="text-2xl">
          Klaargezet
        </h2>
        {assignments.length === 0 ? (
          <p className="text-muted">Er staan nog geen opdrachten klaar voor deze klas.</p>
        ) : (
          <DataTable
            caption={`Opdrachten van ${group.name}`}
            columns={['Dilemma', 'Inleveren uiterlijk', 'Toelichting', 'Acties']}
          >
            {assignments.map((a) => (
              <tr key={a.id} id={`opdracht-${a.id}`} className="border-b border-line align-top">
                <td className="py-2 pr-4 font-medium">
                  {a.title ?? (
                    <span>
                      {a.dilemmaId} <span className="font-normal text-bad">(bestaat niet meer)</span>
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4">{a.dueAt ? formatDate(a.dueAt) : 'Geen datum'}</td>
                <td className="py-2 pr-4">{a.note ?? '—'}</td>
                <td className="space-y-2 py-2">
                  <details open={wijzig === a.id}>
                    <summary className="cursor-pointer text-brand underline">
                      Wijzigen<span className="sr-only">: {a.title ?? a.dilemmaId}</span>
                    </summary>
                    <ActionForm
                      action={updateAssignmentAction.bind(null, group.id)}
                      submitLabel="Opslaan"
                      className="mt-2 space-y-2"
                    >
                      <input type="hidden" name="assignmentId" value={a.id} />
                      <div>
                        <label htmlFor={`due-${a.id}`} className="field-label">
                          Inleveren uiterlijk
                        </label>
                        <input
                          id={`due-${a.id}`}
                          name="dueAt"
                          type="date"
                          className="field-input"
                          defaultValue={a.dueAt ? dutchDay(a.dueAt) : ''}
                        />
                      </div>
                      <div>
                        <label htmlFor={`note-${a.id}`} className="field-label">
                          Toelichting
                        </label>
                        <textarea
                          id={`note-${a.id}`}
                          name="note"
                          className="field-input"
                          maxLength={500}
                          defaultValue={a.note ?? ''}
                        />
                      </div>
                    </ActionForm>
                  </details>
                  <ConfirmAction
                    label={`Intrekken: ${a.title ?? a.dilemmaId}`}
                    question="Deze opdracht intrekken? Wat studenten al deden, blijft bewaard."
                    confirmLabel="Ja, intrekken"
                    action={removeAssignmentAction.bind(null, group.id)}
                    fields={{ assignmentId: a.id }}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {group.archivedAt ? null : (
        <section aria-labelledby="klaarzetten" className="space-y-3">
          <h2 id="klaarzetten" className="text-2xl">
            Dilemma’s klaarzetten
          </h2>
          <ActionForm
            action={assignAction.bind(null, group.id)}
            submitLabel="Klaarzetten"
            className="card space-y-4"
            resetOnSuccess
          >
            {cases.map((c) => (
              <fieldset key={c.id} className="space-y-2">
                <legend className="field-label">Casus: {c.frontmatter.title}</legend>
                <label className="flex items-center gap-2 font-medium">
                  <input type="checkbox" name="dilemmas" value={`${c.id}/*`} className="size-5" />
                  De hele casus ({c.dilemmas.length} dilemma’s)
                </label>
                <ul className="space-y-1 pl-7">
                  {c.dilemmas.map((d) => (
                    <li key={d.id}>
                      <label className="flex items-start gap-2">
                        <input type="checkbox" name="dilemmas" value={`${c.id}/${d.id}`} className="size-5 shrink-0" />
                        {/* One wrapping text box, so a long title never widens the page at 320 px. The space keeps title
                            and details apart in the checkbox's accessible name. */}
                        <span className="min-w-0">
                          {d.frontmatter.title}{' '}
                          <span className="text-muted">
                            ({d.frontmatter.professional}, ± {d.frontmatter.minutes} min)
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
            <div>
              <label htmlFor="dueAt" className="field-label">
                Inleveren uiterlijk (niet verplicht)
              </label>
              <input id="dueAt" name="dueAt" type="date" min={today} className="field-input max-w-xs" />
            </div>
            <div>
              <label htmlFor="note" className="field-label">
                Toelichting voor de studenten (niet verplicht)
              </label>
              <textarea id="note" name="note" className="field-input" maxLength={500} rows={3} />
            </div>
          </ActionForm>
        </section>
      )}
    </div>
  )
}
