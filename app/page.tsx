import Link from 'next/link'
import { FeedbackExample } from '@/components/landing/feedback-example'
import { WheelPreview } from '@/components/landing/wheel-preview'
import { Notice } from '@/components/ui/notice'
import { homeFor } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<{ uitgelogd?: string; account?: string }>
}) {
  const [user, params] = await Promise.all([getCurrentUser(), searchParams])
  // The product itself: the first case's wheel and one real feedback card, from the same catalog the player uses.
  const showcase = getCatalog().cases[0]
  return (
    <div className="space-y-10">
      {params.uitgelogd ? (
        <Notice tone="good" live="status">
          Je bent uitgelogd.
        </Notice>
      ) : null}
      {params.account === 'verwijderd' ? (
        <Notice tone="good" live="status">
          Je account is verwijderd. Je naam en e-mailadres zijn gewist.
        </Notice>
      ) : null}
      <section className="max-w-prose space-y-4">
        <h1 className="text-4xl">Gegevens delen: wanneer mag het, wanneer moet het?</h1>
        <p className="text-lg">
          Deelwijs is een oefenplek voor professionals in het sociaal domein. Je volgt één gezin door hun levenswiel.
          Bij elke spaak staat een professional voor een keuze: delen of niet, en wat dan precies?
        </p>
        <p className="text-lg">
          Jij kiest. Daarna lees je waarom die keuze verstandig, riskant of fout is, en op welke wet dat rust: de AVG,
          het beroepsgeheim, toestemming, de meldcode, de Jeugdwet en de Wmo 2015.
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          {user ? (
            <>
              <Link href={homeFor(user.memberships)} className="btn-primary">
                Verder waar je was
              </Link>
              <Link href="/meedoen" className="btn-secondary">
                Meedoen met een klas
              </Link>
            </>
          ) : (
            <>
              <Link href="/inloggen" className="btn-primary">
                Inloggen
              </Link>
              <Link href="/aanmelden" className="btn-secondary">
                Aanmelden met een klascode
              </Link>
            </>
          )}
        </div>
      </section>
      {showcase ? <WheelPreview found={showcase} /> : null}
      {showcase ? <FeedbackExample found={showcase} /> : null}
      <section aria-labelledby="hoe-werkt-het" className="grid gap-4 sm:grid-cols-3">
        <h2 id="hoe-werkt-het" className="sr-only">
          Hoe werkt het?
        </h2>
        {[
          ['Echte dilemma’s', 'Huisarts, mentor, wijkagent, Veilig Thuis: acht professionals, acht lastige momenten.'],
          ['Direct uitleg', 'Na elke keuze zie je waarom, met het wetsartikel of de vuistregel erbij.'],
          ['Samen leren', 'Docenten zetten dilemma’s klaar voor hun klas en bespreken de keuzes samen.'],
        ].map(([title, text]) => (
          <div key={title} className="card">
            <h3 className="text-lg">{title}</h3>
            <p className="mt-1 text-muted">{text}</p>
          </div>
        ))}
      </section>
    </div>
  )
}
