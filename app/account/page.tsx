import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { isPlaceholderEmail } from '@/lib/sso/provision.server'
import { resendVerificationAction } from './actions'
import { EraseAccountForm } from './erase-account-form'
import { SignOutEverywhere } from './sign-out-everywhere'

export const metadata: Metadata = { title: 'Mijn account' }

// After "Stuur de bevestiging opnieuw" (app/account/actions.ts).
const RESEND_MESSAGES: Record<string, { tone: 'good' | 'warn' | 'bad'; text: string }> = {
  verstuurd: { tone: 'good', text: 'We hebben je een nieuwe mail gestuurd. De link erin werkt 48 uur.' },
  klaar: { tone: 'good', text: 'Je e-mailadres is al bevestigd.' },
  'te-vaak': { tone: 'warn', text: 'Je hebt de mail al een paar keer gevraagd. Probeer het over een uur opnieuw.' },
  mislukt: { tone: 'bad', text: 'Het versturen is niet gelukt. Probeer het later opnieuw.' },
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ bevestiging?: string }> }) {
  const user = await requireUser('/account')
  const [{ bevestiging }, account] = await Promise.all([
    searchParams,
    db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, emailVerifiedAt: true } }),
  ])
  const withPassword = account.passwordHash !== null
  const resent = bevestiging && Object.hasOwn(RESEND_MESSAGES, bevestiging) ? RESEND_MESSAGES[bevestiging] : undefined
  // A placeholder address (someone who came from a system that gave none) receives no mail: nothing to confirm.
  const mailbox = !isPlaceholderEmail(user.email)
  return (
    <div className="max-w-prose space-y-8">
      <PageHeader title="Mijn account" />
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-medium">Naam</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">E-mailadres</dt>
        <dd>
          {user.email}
          {mailbox ? (
            <span className="block text-sm text-muted">
              {account.emailVerifiedAt ? 'Bevestigd' : 'Nog niet bevestigd'}
            </span>
          ) : null}
        </dd>
        <dt className="font-medium">Rollen</dt>
        <dd>
          <ul>
            {user.memberships.map((m) => (
              <li key={`${m.organisationId}-${m.role}`}>
                {ROLE_LABELS[m.role]} bij {m.organisationName}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {mailbox && (!account.emailVerifiedAt || resent) ? (
        <section aria-labelledby="e-mailadres" className="space-y-2">
          <h2 id="e-mailadres" className="text-2xl">
            E-mailadres bevestigen
          </h2>
          {resent ? (
            <Notice tone={resent.tone} live="status">
              {resent.text}
            </Notice>
          ) : null}
          {account.emailVerifiedAt ? null : (
            <>
              <p>
                We stuurden je een mail met een link om te bevestigen dat dit jouw e-mailadres is. Daarna kun je ook
                inloggen via je organisatie, als die dat aanbiedt. Geen mail gekregen, of is de link verlopen?
              </p>
              <form action={resendVerificationAction}>
                <button type="submit" className="btn-secondary">
                  Stuur de bevestiging opnieuw
                </button>
              </form>
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="tweestaps" className="space-y-2">
        <h2 id="tweestaps" className="text-2xl">
          Tweestapsverificatie
        </h2>
        <p>Log in met je wachtwoord én een code uit een app op je telefoon, zodat alleen jij in je account komt.</p>
        <p>
          <Link href="/account/tweestapsverificatie">Tweestapsverificatie bekijken of instellen</Link>
        </p>
      </section>
      <section aria-labelledby="sessies" className="space-y-2">
        <h2 id="sessies" className="text-2xl">
          Overal uitloggen
        </h2>
        <p>Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer van school? Log dan overal tegelijk uit.</p>
        <SignOutEverywhere />
      </section>
      <section aria-labelledby="gegevens" className="space-y-2">
        <h2 id="gegevens" className="text-2xl">
          Mijn gegevens
        </h2>
        <p>
          Download alles wat Deelwijs over jou bewaart: je profiel, je rollen, je klassen, je certificaten en elke keuze
          die je maakte. Lees in de <Link href="/privacy">privacyverklaring</Link> waarom en hoe lang.
        </p>
        <ul className="space-y-1">
          <li>
            <a href="/account/gegevens?formaat=json" download>
              Alles downloaden (JSON)
            </a>
          </li>
          <li>
            <a href="/account/gegevens?formaat=csv&scheiding=puntkomma" download>
              Mijn keuzes downloaden (CSV voor Excel)
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="verwijderen" className="space-y-2">
        <h2 id="verwijderen" className="text-2xl">
          Account verwijderen
        </h2>
        <p>
          Je naam, e-mailadres, rollen, klassen en certificaten worden gewist. Je keuzes blijven alleen bewaard zonder
          naam, zodat de cijfers van je organisatie kloppen. Niemand kan ze daarna nog aan jou koppelen.
        </p>
        <EraseAccountForm withPassword={withPassword} />
      </section>
    </div>
  )
}
