import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { EraseAccountForm } from './erase-account-form'
import { SignOutEverywhere } from './sign-out-everywhere'

export const metadata: Metadata = { title: 'Mijn account' }

export default async function AccountPage() {
  const user = await requireUser('/account')
  const withPassword = await db().user.count({ where: { id: user.id, passwordHash: { not: null } } })
  return (
    <div className="max-w-prose space-y-8">
      <PageHeader title="Mijn account" />
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-medium">Naam</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">E-mailadres</dt>
        <dd>{user.email}</dd>
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
        <EraseAccountForm withPassword={withPassword > 0} />
      </section>
    </div>
  )
}
