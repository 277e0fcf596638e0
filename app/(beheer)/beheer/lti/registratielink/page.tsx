import type { Metadata } from 'next'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { openRegistrationLinks, VALID_HOURS } from '@/lib/lti/registration-links.server'
import { createRegistrationLinkAction, revokeRegistrationLinkAction } from '../../actions'
import { RegistrationLinkForm } from './link-form'

export const metadata: Metadata = { title: 'Registratielink voor een leeromgeving' }

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
})

// LTI Dynamic Registration (ADR 038): an admin makes a single-use link; the LMS admin pastes it into the LMS, which then
// registers Deelwijs by itself. Without such a link nobody can register a learning environment.
export default async function RegistrationLinkPage() {
  await requirePermission('manage:user:any', { returnTo: '/beheer/lti/registratielink' })
  const [organisations, origin, links] = await Promise.all([
    db().organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    publicOrigin(),
    openRegistrationLinks(),
  ])
  return (
    <div className="space-y-10">
      <PageHeader
        title="Registratielink voor een leeromgeving"
        intro={`Met een registratielink koppelt de beheerder van Brightspace, Canvas of Moodle Deelwijs zelf: hij plakt één URL in de leeromgeving en die regelt de rest. De link werkt één keer en ${VALID_HOURS} uur lang. Zie docs/integrations.md voor waar je de link plakt.`}
      />
      <section aria-labelledby="nieuw" className="space-y-4">
        <h2 id="nieuw" className="text-xl font-semibold">
          Nieuwe registratielink
        </h2>
        <RegistrationLinkForm action={createRegistrationLinkAction} organisations={organisations} origin={origin} />
      </section>
      <section aria-labelledby="open" className="space-y-4">
        <h2 id="open" className="text-xl font-semibold">
          Links die nog niet gebruikt zijn
        </h2>
        {links.length === 0 ? (
          <p>Er zijn geen open registratielinks.</p>
        ) : (
          <ul className="space-y-4">
            {links.map((link) => (
              <li key={link.id} className="card space-y-2">
                <p>
                  {link.name ?? 'Naam volgt uit de leeromgeving'} · {link.organisation.name} · geldig tot{' '}
                  {dateTime.format(link.expiresAt)}
                </p>
                <ConfirmAction
                  label="Intrekken"
                  question="Weet je zeker dat je deze registratielink wilt intrekken? Hij werkt dan niet meer."
                  confirmLabel="Ja, intrekken"
                  action={revokeRegistrationLinkAction}
                  fields={{ linkId: link.id }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
