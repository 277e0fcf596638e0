import type { Metadata } from 'next'
import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { OrganisationSelect } from '@/components/forms/organisation-select'
import { TextField } from '@/components/forms/text-field'
import { PageHeader } from '@/components/ui/page-header'
import { organisationsWith } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { RETIRED_GRACE_DAYS, toolKeyStates } from '@/lib/lti/keys.server'
import { type ParkedForPlatform, parkedScores } from '@/lib/lti/parked-scores.server'
import { listPlatforms } from '@/lib/lti/platforms.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'
import { registerPlatformAction, removePlatformAction, retryParkedScoresAction, rotateToolKeyAction } from '../actions'

export const metadata: Metadata = { title: 'Leeromgevingen (LTI)' }

const KEY_STATES = { next: 'Volgende sleutel', current: 'Huidige sleutel', retired: 'Vorige sleutel' } as const

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
})

export default async function LtiPlatformsPage() {
  const admin = await requirePermission('manage:user:any', { returnTo: '/beheer/lti' })
  const [platforms, organisations, origin, parked, keys] = await Promise.all([
    listPlatforms(),
    db().organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    publicOrigin(),
    // Only the organisations this admin manages: scores and the platform's answers are theirs to act on.
    parkedScores(organisationsWith(admin.memberships, 'manage:user:any')),
    toolKeyStates(),
  ])
  const toolValues = [
    ['Login-URL (OIDC login initiation)', `${origin}/api/lti/login`],
    ['Redirect-URL, launch-URL en deep-linking-URL', `${origin}/api/lti/launch`],
    ['Public keyset (JWKS)', `${origin}/api/lti/jwks`],
    // One target per case, in catalogue order: every case can be put in a course as a whole.
    ...getCatalog().cases.map(
      (c) => [`Doel-URL voor de hele casus ${c.frontmatter.title}`, `${origin}/leren/${c.id}`] as const,
    ),
  ]
  return (
    <div className="space-y-10">
      <PageHeader
        title="Leeromgevingen (LTI 1.3)"
        intro="Koppel Brightspace, Canvas of Moodle, zodat docenten dilemma’s in hun cursus zetten en scores in het cijferboek komen. Zie docs/integrations.md voor de stappen per leeromgeving."
      />
      <section aria-labelledby="tool-values" className="card space-y-3">
        <h2 id="tool-values" className="text-xl font-semibold">
          Gegevens voor de leeromgeving
        </h2>
        <dl className="space-y-2">
          {toolValues.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd>
                <code className="break-all">{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="one-url" className="card space-y-3">
        <h2 id="one-url" className="text-xl font-semibold">
          Koppelen met één URL (dynamische registratie)
        </h2>
        <p>
          Brightspace, Canvas en Moodle kunnen Deelwijs zelf registreren. Maak een registratielink en geef die aan de
          beheerder van de leeromgeving. Die plakt de link in de leeromgeving; de koppeling verschijnt daarna hieronder.
        </p>
        <p>
          <Link href="/beheer/lti/registratielink" className="btn-secondary">
            Registratielink maken
          </Link>
        </p>
      </section>

      <section aria-labelledby="tool-keys" className="card space-y-3">
        <h2 id="tool-keys" className="text-xl font-semibold">
          Sleutels van Deelwijs
        </h2>
        <p>
          Deelwijs ondertekent wat het naar de leeromgeving stuurt met de huidige sleutel. De volgende sleutel staat al
          in de public keyset, zodat leeromgevingen hem kennen voordat hij in gebruik gaat; een vorige sleutel blijft
          daar nog {RETIRED_GRACE_DAYS} dagen. Vernieuw de sleutel als je denkt dat hij is uitgelekt, of eens per jaar.
          Er gaat niets mis in de leeromgevingen.
        </p>
        <ul className="space-y-1 text-sm">
          {keys.map((key) => (
            <li key={key.kid}>
              {KEY_STATES[key.state]}: <code>{key.kid}</code> (gemaakt {dateTime.format(key.createdAt)}
              {key.retiredAt ? `, buiten gebruik sinds ${dateTime.format(key.retiredAt)}` : ''})
            </li>
          ))}
        </ul>
        <ConfirmAction
          label="Sleutel vernieuwen"
          question="De volgende sleutel wordt de huidige en er komt een nieuwe volgende sleutel. Doorgaan?"
          confirmLabel="Ja, vernieuwen"
          action={rotateToolKeyAction}
          fields={{}}
        />
      </section>

      <section aria-labelledby="registered" className="space-y-4">
        <h2 id="registered" className="text-xl font-semibold">
          Gekoppelde leeromgevingen
        </h2>
        {platforms.length === 0 ? (
          <p>Er is nog geen leeromgeving gekoppeld.</p>
        ) : (
          <ul className="space-y-4">
            {platforms.map((platform) => (
              <li key={platform.id} className="card space-y-2">
                <h3 className="font-semibold">{platform.name}</h3>
                <p className="text-sm">
                  Organisatie: {platform.organisation.name} · Issuer: <code>{platform.issuer}</code> · Client ID:{' '}
                  <code>{platform.clientId}</code> · Deployment: <code>{platform.deploymentId}</code>
                </p>
                <ParkedScores platformId={platform.id} parked={parked.get(platform.id)} />
                <ConfirmAction
                  label="Verwijderen"
                  question={`Weet je zeker dat je ${platform.name} wilt loskoppelen? Links in die leeromgeving werken dan niet meer; klassen en voortgang blijven bewaard.`}
                  confirmLabel="Ja, loskoppelen"
                  action={removePlatformAction}
                  fields={{ platformId: platform.id }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="register" className="space-y-4">
        <h2 id="register" className="text-xl font-semibold">
          Leeromgeving koppelen
        </h2>
        <ActionForm action={registerPlatformAction} submitLabel="Koppelen" resetOnSuccess className="card space-y-4">
          <TextField name="name" label="Naam" hint="Bijvoorbeeld: Brightspace Hogeschool Demostad" required />
          <OrganisationSelect organisations={organisations} />
          <TextField name="issuer" label="Issuer (Platform ID)" required />
          <TextField name="clientId" label="Client ID" required />
          <TextField name="deploymentId" label="Deployment ID" required />
          <TextField name="authLoginUrl" label="Authenticatie-URL (OIDC auth endpoint)" type="url" required />
          <TextField name="accessTokenUrl" label="Access-token-URL" type="url" required />
          <TextField
            name="accessTokenAudience"
            label="Audience voor het access token (optioneel)"
            hint="Alleen voor Brightspace: de OAuth2 Audience. Laat leeg bij Canvas en Moodle."
          />
          <TextField name="jwksUrl" label="Public keyset-URL van de leeromgeving" type="url" required />
        </ActionForm>
      </section>
    </div>
  )
}

/**
 * Scores the platform refused for good (ADR 036), with its answer, and a button to send them again once the cause is
 * fixed. A plain form bound to a server action: it works without JavaScript. The section stays while retried scores
 * are on their way, so the answer to the button stays in view.
 */
function ParkedScores({ platformId, parked }: { platformId: string; parked: ParkedForPlatform | undefined }) {
  if (!parked) return null
  const headingId = `geweigerd-${platformId}`
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-md border-l-4 border-warn bg-warn-soft p-4">
      <h4 id={headingId} className="font-semibold">
        Scores die de leeromgeving weigerde
      </h4>
      {parked.waiting > 0 ? (
        <p className="text-sm">
          {parked.waiting === 1
            ? '1 score wacht op een nieuwe poging.'
            : `${parked.waiting} scores wachten op een nieuwe poging.`}{' '}
          Deelwijs stuurt ze vanzelf opnieuw.
        </p>
      ) : null}
      {parked.count > 0 ? (
        <>
          <p className="text-sm">
            {parked.count === 1
              ? 'De leeromgeving nam 1 score niet aan'
              : `De leeromgeving nam ${parked.count} scores niet aan`}{' '}
            en Deelwijs probeert het niet meer vanzelf. Kijk naar het antwoord (bijvoorbeeld: de kolom in het cijferboek
            is verwijderd, of de koppeling klopt niet), los het op en probeer het opnieuw.
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Geweigerde scores en het antwoord van de leeromgeving</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4">
                  Geweigerd op
                </th>
                <th scope="col" className="pr-4">
                  Opdracht
                </th>
                <th scope="col" className="pr-4">
                  Status
                </th>
                <th scope="col">Antwoord van de leeromgeving</th>
              </tr>
            </thead>
            <tbody>
              {parked.latest.map((score) => (
                <tr key={score.id} className="align-top">
                  <td className="pr-4">{dateTime.format(score.parkedAt)}</td>
                  <td className="pr-4">
                    <code>{score.dilemmaId ? `${score.caseId}/${score.dilemmaId}` : score.caseId}</code>
                  </td>
                  <td className="pr-4">{score.status ?? '—'}</td>
                  <td className="break-all">{score.answer}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {parked.count > parked.latest.length ? (
            <p className="text-sm">De nieuwste {parked.latest.length} staan hierboven.</p>
          ) : null}
        </>
      ) : null}
      <ActionForm action={retryParkedScoresAction} submitLabel="Opnieuw proberen" submitClassName="btn-secondary">
        <input type="hidden" name="platformId" value={platformId} />
      </ActionForm>
    </section>
  )
}
