import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FocusOnMount } from '@/components/ui/focus-on-mount'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { userDetail } from '@/lib/accounts/users.server'
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { formatDate, formatDateTime } from '@/lib/format/dates'
import { ResetSecondFactor, ResetSecondFactorNotice } from '../_second-factor/reset-second-factor'
import { changeRoleAction, setActiveAction } from '../actions'

export const metadata: Metadata = { title: 'Gebruiker' }

// What each outcome of the actions below says; `good` ones are confirmations, the rest go in the error summary.
const OUTCOMES: Record<string, { text: string; good?: boolean }> = {
  'rol-gewijzigd': { text: 'De rol is gewijzigd. Dat geldt meteen, ook in lopende sessies.', good: true },
  'rol-ongewijzigd': { text: 'Dat was al de rol. Er is niets veranderd.', good: true },
  uitgeschakeld: { text: 'Het account is uitgeschakeld en overal uitgelogd.', good: true },
  geactiveerd: { text: 'Het account is weer actief. De gebruiker kan weer inloggen.', good: true },
  'rol-bestaat-al': { text: 'Deze gebruiker heeft die rol al bij deze organisatie. Kies een andere rol.' },
  'eigen-beheerrol': { text: 'Je kunt je eigen beheerdersrol niet afnemen. Vraag een andere beheerder.' },
  'niet-zelf': { text: 'Je kunt je eigen account niet uitschakelen.' },
  ongeldig: { text: 'Dat verzoek klopt niet (meer). Laad de pagina opnieuw en probeer het nog eens.' },
}

/** The host of an identity provider's issuer, or the issuer itself when it is not a URL. */
function hostOf(issuer: string) {
  return URL.canParse(issuer) ? new URL(issuer).host : issuer
}

type Props = {
  params: Promise<{ userId: string }>
  searchParams: Promise<{ uitkomst?: string; bevestig?: string; tweestaps?: string; geannuleerd?: string }>
}

export default async function UserPage({ params, searchParams }: Props) {
  const admin = await requirePermission('manage:user:any', { returnTo: '/beheer/gebruikers' })
  const user = await userDetail((await params).userId)
  if (!user) notFound()
  const { uitkomst, bevestig, tweestaps, geannuleerd } = await searchParams
  const outcome = uitkomst ? OUTCOMES[uitkomst] : undefined
  const self = user.id === admin.id
  const confirming = bevestig === 'uitschakelen' && user.active && !self
  const signIn = [
    user.passwordHash ? 'wachtwoord' : null,
    ...user.identities.map((identity) => `extern account (${hostOf(identity.issuer)})`),
  ].filter(Boolean)

  return (
    <div className="space-y-8">
      <p>
        <Link href="/beheer/gebruikers">← Alle gebruikers</Link>
      </p>
      <PageHeader title={user.name} intro={user.email} />
      {outcome?.good ? (
        <Notice tone="good" live="status">
          {outcome.text}
        </Notice>
      ) : null}
      {outcome && !outcome.good ? (
        <div role="alert" className="rounded-md border-l-4 border-bad bg-bad-soft p-4">
          <p className="font-semibold">Dat lukte niet.</p>
          <ul className="mt-2 list-disc pl-5">
            <li>{outcome.text}</li>
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="gegevens" className="space-y-3">
        <h2 id="gegevens" className="text-2xl">
          Gegevens
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Status</dt>
          <dd>{user.active ? 'Actief' : 'Uitgeschakeld'}</dd>
          <dt className="font-medium">Account sinds</dt>
          <dd>{formatDate(user.createdAt)}</dd>
          <dt className="font-medium">Laatst actief</dt>
          <dd>{user.lastActiveAt ? formatDateTime(user.lastActiveAt) : 'Nog niet'}</dd>
          <dt className="font-medium">Logt in met</dt>
          <dd>{signIn.join(', ') || '—'}</dd>
        </dl>
        <p>
          <Link href={`/beheer/logboek?door=${user.id}`}>Wat deze gebruiker deed, in het logboek</Link>
        </p>
      </section>

      <section aria-labelledby="rollen" className="space-y-3">
        <h2 id="rollen" className="text-2xl">
          Rollen
        </h2>
        {user.memberships.length === 0 ? (
          <p className="text-muted">Deze gebruiker heeft geen rol bij een organisatie.</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {user.memberships.map((membership) => (
              <form key={membership.id} action={changeRoleAction.bind(null, user.id)} className="card space-y-3">
                <input type="hidden" name="membershipId" value={membership.id} />
                <label htmlFor={`rol-${membership.id}`} className="field-label">
                  Rol bij {membership.organisation.name}
                </label>
                <select id={`rol-${membership.id}`} name="role" defaultValue={membership.role} className="field-input">
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
                <button type="submit" className="btn-primary">
                  Rol opslaan
                </button>
              </form>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="toegang" className="space-y-3">
        <h2 id="toegang" className="text-2xl">
          Toegang
        </h2>
        {self ? (
          <p className="text-muted">Dit ben jij. Je eigen account kun je hier niet uitschakelen.</p>
        ) : confirming ? (
          <form action={setActiveAction.bind(null, user.id)} className="card space-y-3">
            <FocusOnMount targetId="vraag-uitschakelen" />
            <fieldset className="space-y-3">
              <legend id="vraag-uitschakelen" tabIndex={-1} className="font-semibold">
                {user.name} uitschakelen?
              </legend>
              <p>
                Diegene wordt meteen overal uitgelogd en kan niet meer inloggen. Alle gegevens blijven bewaard; je kunt
                het account later weer activeren.
              </p>
              <input type="hidden" name="active" value="false" />
              <input type="hidden" name="bevestigd" value="ja" />
            </fieldset>
            <div className="flex flex-wrap items-center gap-4">
              <button type="submit" className="btn-primary bg-bad hover:bg-bad">
                Ja, uitschakelen
              </button>
              {/* Back to the page, with focus on the button that asked the question (FocusOnMount below). */}
              <Link href={`/beheer/gebruikers/${user.id}?geannuleerd=uitschakelen`}>Annuleren</Link>
            </div>
          </form>
        ) : user.active ? (
          <div className="space-y-2">
            <p>Uitschakelen beëindigt alle sessies van deze gebruiker; inloggen kan daarna niet meer.</p>
            {geannuleerd === 'uitschakelen' ? <FocusOnMount targetId="account-uitschakelen" /> : null}
            <Link
              id="account-uitschakelen"
              href={`/beheer/gebruikers/${user.id}?bevestig=uitschakelen`}
              className="btn-secondary inline-block"
            >
              Account uitschakelen
            </Link>
          </div>
        ) : (
          <form action={setActiveAction.bind(null, user.id)} className="space-y-2">
            <p>Dit account is uitgeschakeld. Activeren geeft de gebruiker weer toegang.</p>
            <input type="hidden" name="active" value="true" />
            <button type="submit" className="btn-primary">
              Account weer activeren
            </button>
          </form>
        )}
      </section>

      {/* Further per-user actions belong in this section, one form each. */}
      <section aria-labelledby="beveiliging" className="space-y-3">
        <h2 id="beveiliging" className="text-2xl">
          Inloggen en beveiliging
        </h2>
        <ResetSecondFactorNotice outcome={tweestaps} />
        <p>
          {signIn.length > 0
            ? `Deze gebruiker logt in met ${signIn.join(' of ')}.`
            : 'Deze gebruiker heeft nog geen manier om in te loggen.'}
        </p>
        <p>
          {user.mfaEnabledAt
            ? `Tweestapsverificatie staat aan sinds ${formatDate(user.mfaEnabledAt)}.`
            : 'Tweestapsverificatie is niet ingesteld.'}
        </p>
        {user.mfaEnabledAt && !self ? (
          <ResetSecondFactor userId={user.id} userName={user.name} returnTo={`/beheer/gebruikers/${user.id}`} />
        ) : null}
      </section>
    </div>
  )
}
