import type { Metadata } from 'next'
import { DataTable } from '@/components/ui/data-table'
import { Notice } from '@/components/ui/notice'
import { requireClass } from '@/lib/classes/access.server'
import { listOwners, type OwnerOutcome } from '@/lib/classes/owners.server'
import { seesAllClasses } from '@/lib/classes/ownership'
import { formatDate } from '@/lib/format/dates'
import { addOwnerAction, handOverAction, removeOwnerAction } from './actions'

export const metadata: Metadata = { title: 'Docenten van de klas' }

// What each outcome of the forms below says. Errors name the field they belong to, for the error summary.
const OUTCOMES: Record<OwnerOutcome, { text: string; field?: boolean }> = {
  'docent-toegevoegd': { text: 'De docent is toegevoegd. De klas staat nu ook in diens lijst.' },
  'docent-verwijderd': { text: 'De docent is van de klas gehaald.' },
  'klas-overgedragen': { text: 'De klas is overgedragen.' },
  'ongeldig-adres': { text: 'Vul een geldig e-mailadres in.', field: true },
  'onbekende-docent': {
    text: 'We vinden geen docent met dit e-mailadres in deze organisatie. Vraag de beheerder om de docent eerst uit te nodigen.',
    field: true,
  },
  'al-docent': { text: 'Deze docent hoort al bij de klas.', field: true },
  'laatste-docent': { text: 'Een klas heeft minstens één docent. Voeg eerst een andere docent toe.' },
  'geen-docent': { text: 'Deze docent hoort niet (meer) bij de klas.' },
  'alleen-beheerder': { text: 'Alleen een beheerder van de organisatie kan een klas overdragen.' },
}
const SUCCESS = new Set<OwnerOutcome>(['docent-toegevoegd', 'docent-verwijderd', 'klas-overgedragen'])

type Props = {
  params: Promise<{ groupId: string }>
  searchParams: Promise<{ uitkomst?: string; formulier?: string }>
}

export default async function ClassOwnersPage({ params, searchParams }: Props) {
  const { user, group } = await requireClass((await params).groupId)
  const { uitkomst, formulier } = await searchParams
  const outcome = uitkomst && uitkomst in OUTCOMES ? (uitkomst as OwnerOutcome) : null
  const owners = await listOwners(group)
  const isAdmin = seesAllClasses(user.memberships, group.organisationId)
  const error = outcome && !SUCCESS.has(outcome) ? OUTCOMES[outcome] : null
  // Both forms ask for an e-mail address; the error belongs to the one that was sent.
  const errorField = error?.field ? (formulier === 'overdragen' ? 'overdragen-email' : 'email') : null
  const emailError = errorField === 'email' ? error?.text : undefined
  const handOverError = errorField === 'overdragen-email' ? error?.text : undefined

  return (
    <div className="space-y-10">
      {outcome && SUCCESS.has(outcome) ? (
        <Notice tone="good" live="status">
          {OUTCOMES[outcome].text}
        </Notice>
      ) : null}
      {error ? (
        <div role="alert" tabIndex={-1} className="rounded-md border-l-4 border-bad bg-bad-soft p-4">
          <p className="font-semibold">Dat lukte niet.</p>
          <ul className="mt-2 list-disc pl-5">
            <li>{errorField ? <a href={`#${errorField}`}>{error.text}</a> : error.text}</li>
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="docenten" className="space-y-3">
        <h2 id="docenten" className="text-2xl">
          Docenten van deze klas
        </h2>
        <p>Alleen deze docenten zien de klas, de studenten en hun voortgang. Andere docenten zien de klas niet.</p>
        {owners.length === 0 ? (
          <p className="text-muted">Deze klas heeft nog geen docent. Voeg hieronder een docent toe.</p>
        ) : (
          <DataTable caption={`Docenten van ${group.name}`} columns={['Naam', 'E-mailadres', 'Sinds', 'Actie']}>
            {owners.map((owner) => (
              <tr key={owner.id} className="border-b border-line align-top">
                <td className="py-2 pr-4 font-medium">
                  {owner.name}
                  {owner.id === user.id ? ' (jij)' : ''}
                </td>
                <td className="py-2 pr-4 break-all">{owner.email}</td>
                <td className="py-2 pr-4">{formatDate(owner.addedAt)}</td>
                <td className="py-2">
                  {owners.length > 1 ? (
                    <form action={removeOwnerAction.bind(null, group.id)}>
                      <input type="hidden" name="userId" value={owner.id} />
                      <button type="submit" className="btn-secondary">
                        {owner.id === user.id ? 'Mezelf van de klas halen' : `${owner.name} van de klas halen`}
                      </button>
                    </form>
                  ) : (
                    <span className="text-sm text-muted">Laatste docent</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="toevoegen" className="space-y-3">
        <h2 id="toevoegen" className="text-2xl">
          Docent toevoegen
        </h2>
        <form action={addOwnerAction.bind(null, group.id)} className="card max-w-xl space-y-4">
          <div>
            <label htmlFor="email" className="field-label">
              E-mailadres van de docent
            </label>
            <p id="email-hint" className="mb-1 text-sm text-muted">
              De docent heeft al een account als docent bij {group.organisationName}.
            </p>
            <input
              id="email"
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="off"
              className="field-input"
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? 'email-hint email-error' : 'email-hint'}
            />
            {emailError ? (
              <p id="email-error" className="mt-1 text-sm font-medium text-bad">
                {emailError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn-primary">
            Docent toevoegen
          </button>
        </form>
      </section>

      {isAdmin ? (
        <section aria-labelledby="overdragen" className="space-y-3">
          <h2 id="overdragen" className="text-2xl">
            Klas overdragen
          </h2>
          <form action={handOverAction.bind(null, group.id)} className="card max-w-xl space-y-4">
            <fieldset className="space-y-3">
              <legend className="font-semibold">Overdragen aan één docent (alleen voor beheerders)</legend>
              <p>De docent wordt de enige docent van de klas; de huidige docenten zien de klas daarna niet meer.</p>
              <div>
                <label htmlFor="overdragen-email" className="field-label">
                  E-mailadres van de nieuwe docent
                </label>
                <input
                  id="overdragen-email"
                  name="email"
                  type="email"
                  required
                  maxLength={254}
                  autoComplete="off"
                  className="field-input"
                  aria-invalid={handOverError ? true : undefined}
                  aria-describedby={handOverError ? 'overdragen-email-error' : undefined}
                />
                {handOverError ? (
                  <p id="overdragen-email-error" className="mt-1 text-sm font-medium text-bad">
                    {handOverError}
                  </p>
                ) : null}
              </div>
            </fieldset>
            <button type="submit" className="btn-primary">
              Klas overdragen
            </button>
          </form>
        </section>
      ) : null}
    </div>
  )
}
