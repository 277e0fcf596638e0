import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { CRITERIA_COUNT, complianceStatus, KNOWN_PROBLEMS } from '@/lib/accessibility/statement'
import { contactLine } from '@/lib/contact.server'

export const metadata: Metadata = { title: 'Toegankelijkheidsverklaring' }

// The accessibility statement, in the order of the Dutch model statement (modelverklaring): scope, status, how it was
// evaluated, known problems with a date to fix them, contact and how to complain. The status and the known problems
// come from lib/accessibility/statement.ts, which a unit test keeps equal to the audit record (docs/accessibility.md).

export default function AccessibilityPage() {
  const contact = contactLine()
  const status = complianceStatus()
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Toegankelijkheidsverklaring"
        intro="Deelwijs moet voor iedereen werken, ook met een schermlezer, met vergroting of alleen een toetsenbord."
      />

      <h2 className="text-2xl">Over deze verklaring</h2>
      <p>
        Deze verklaring gaat over de hele website en app Deelwijs: de openbare pagina’s, de leeromgeving, de pagina’s
        voor docenten, coördinatoren en beheerders, en de bestanden die Deelwijs maakt (het certificaat als PDF en de
        CSV-exports). De norm is WCAG 2.2 niveau AA (EN 301 549), zoals het Besluit digitale toegankelijkheid overheid
        vraagt. De verklaring is opgesteld op 1 december 2026.
      </p>

      <h2 className="text-2xl">Nalevingsstatus</h2>
      {KNOWN_PROBLEMS.length === 0 ? (
        <p>
          <strong>{status.label}</strong> aan de eisen. Alle {CRITERIA_COUNT} succescriteria van WCAG 2.2 niveau A en AA
          worden gehaald of zijn niet van toepassing.
        </p>
      ) : (
        <p>
          <strong>{status.label}</strong> aan de eisen. {KNOWN_PROBLEMS.length === 1 ? 'Eén' : KNOWN_PROBLEMS.length}{' '}
          van de {CRITERIA_COUNT} succescriteria van WCAG 2.2 niveau A en AA wordt nog niet volledig gehaald. Hieronder
          staat welk criterium dat is en wanneer het is opgelost. Alle andere criteria worden gehaald of zijn niet van
          toepassing.
        </p>
      )}

      <h2 className="text-2xl">Hoe we dit hebben onderzocht</h2>
      <p>
        We onderzochten Deelwijs zelf, volgens de methode WCAG-EM, op 1 december 2026. Er is nog geen onderzoek door een
        onafhankelijke partij gedaan. Het onderzoek bekeek elke pagina van Deelwijs, voor elke rol, en de belangrijkste
        taken: inloggen, aanmelden met een klascode, een dilemma spelen, meedoen met een klas, een certificaat
        downloaden en een rapport bekijken.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Bij elke wijziging controleren automatische tests elke pagina in een echte browser (Chromium) op een scherm
          van 320 pixels breed: met axe-core op de regels van WCAG 2.0, 2.1 en 2.2, en met eigen metingen. De pagina
          scrolt niet opzij, elke knop en link is groot genoeg of ver genoeg van andere, verwijzingen tussen velden en
          uitleg kloppen, en met extra regel- en letterafstand valt er geen tekst weg.
        </li>
        <li>
          Inloggen, formulieren, het spelen van een dilemma en de waarschuwing voor het einde van je sessie worden
          getest met alleen het toetsenbord.
        </li>
        <li>Namen, rollen en beschrijvingen controleerden we in de toegankelijkheidsboom van de browser.</li>
        <li>Het certificaat is een getagde PDF met titel, taal en structuur; een test leest die structuur uit.</li>
      </ul>

      <h2 className="text-2xl">Bekende problemen</h2>
      {KNOWN_PROBLEMS.length === 0 ? (
        <p>Er zijn op dit moment geen bekende problemen met de toegankelijkheid.</p>
      ) : (
        <ul className="list-disc space-y-2 pl-6">
          {KNOWN_PROBLEMS.map((item) => (
            <li key={item.criterion}>
              <strong>{item.criterion}.</strong> {item.problem} Opgelost uiterlijk {item.fixBy}.
            </li>
          ))}
        </ul>
      )}
      <p>
        Dit is een eigen onderzoek. Nog niet gedaan: een controle met schermlezers (NVDA, VoiceOver, TalkBack) van alle
        taken, en een onderzoek door een onafhankelijke partij. Die staan gepland vóór 31 maart 2027.
      </p>

      <h2 className="text-2xl">Wat je zelf kunt doen</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Je sessie loopt af als je een tijd niets doet. Twee minuten van tevoren vraagt Deelwijs of je ingelogd wilt
          blijven. Wat je in een formulier had getypt, blijft bewaard als je opnieuw moet inloggen (behalve
          wachtwoorden).
        </li>
        <li>Het levenswiel heeft een lijstweergave, en elke grafiek een tabel met dezelfde cijfers.</li>
      </ul>

      <h2 className="text-2xl">Feedback en contact</h2>
      <p>
        Loop je tegen iets aan dat niet werkt, of heb je een vraag over deze verklaring? Laat het ons weten, dan lossen
        we het op. {contact.text} Je hoort van ons wat we ermee doen en wanneer.
      </p>

      <h2 className="text-2xl">Handhavingsprocedure</h2>
      <p>
        Ben je niet tevreden met hoe je klacht is behandeld? Dan kun je terecht bij de Nationale ombudsman (voor
        kinderen en jongeren: de Kinderombudsman).
      </p>
    </div>
  )
}
