import type { Metadata } from 'next'
import { ActionForm } from '@/components/forms/action-form'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { OrganisationSelect } from '@/components/forms/organisation-select'
import { TextField } from '@/components/forms/text-field'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { listPlatforms } from '@/lib/lti/platforms.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'
import { registerPlatformAction, removePlatformAction } from '../actions'

export const metadata: Metadata = { title: 'Leeromgevingen (LTI)' }

export default async function LtiPlatformsPage() {
  await requirePermission('manage:user:any', { returnTo: '/beheer/lti' })
  const [platforms, organisations, origin] = await Promise.all([
    listPlatforms(),
    db().organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    publicOrigin(),
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
