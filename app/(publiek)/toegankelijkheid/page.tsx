import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { contactLine } from '@/lib/contact.server'

export const metadata: Metadata = { title: 'Toegankelijkheidsverklaring' }

// The accessibility statement. Update "Bekende problemen" whenever a gap is found or fixed.
export default function AccessibilityPage() {
  const contact = contactLine()
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Toegankelijkheidsverklaring"
        intro="Deelwijs moet voor iedereen werken, ook met een schermlezer of alleen een toetsenbord."
      />
      <h2 className="text-2xl">Status</h2>
      <p>
        Deelwijs streeft naar volledige naleving van WCAG 2.2 niveau AA, de norm uit het Besluit digitale
        toegankelijkheid overheid. Deelwijs voldoet gedeeltelijk: zie de bekende problemen hieronder. Er is nog geen
        onderzoek door een onafhankelijke partij gedaan.
      </p>
      <h2 className="text-2xl">Hoe we testen</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          Elke pagina wordt bij elke wijziging automatisch gecontroleerd met axe-core in een echte browser (Chromium),
          op de regels van WCAG 2.0, 2.1 en 2.2 niveau A en AA.
        </li>
        <li>Het spelen van een dilemma wordt automatisch getest met alleen het toetsenbord.</li>
        <li>
          Het levenswiel heeft een tekstversie (de lijstweergave), en elke grafiek heeft een tabel met dezelfde cijfers.
        </li>
        <li>Status wordt nooit alleen met kleur getoond: er staat altijd een woord of symbool bij.</li>
      </ul>
      <h2 className="text-2xl">Bekende problemen</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Een handmatige controle met schermlezers (NVDA, VoiceOver) op alle pagina’s is nog niet gedaan.</li>
        <li>
          De QR-code om mee te doen met een klas is een afbeelding; de link en de klascode staan er daarom altijd als
          tekst bij.
        </li>
        <li>Brede tabellen (de voortgang van een klas) moeten op een telefoon opzij scrollen.</li>
        <li>Gedownloade PDF-certificaten zijn nog niet getagd als toegankelijke PDF.</li>
      </ul>
      <h2 className="text-2xl">Contact</h2>
      <p>Loop je tegen iets aan dat niet werkt? Laat het ons weten, dan lossen we het op. {contact.text}</p>
    </div>
  )
}
