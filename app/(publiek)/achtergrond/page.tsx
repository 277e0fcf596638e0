import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { BACKGROUND_TOPICS, backgroundHref, GLOSSARY_PATH } from '@/lib/law/background-links'

export const metadata: Metadata = { title: 'Achtergrond' }

export default function AchtergrondPage() {
  return (
    <div className="max-w-prose space-y-6">
      <PageHeader
        title="Achtergrond"
        intro="Hier lees je de regels achter de dilemma’s, in gewone taal. Je hoeft er niet voor in te loggen."
      />
      <p>
        Bij elke keuze in Deelwijs hoort een wet of een vuistregel. Op deze pagina’s staat wat die regels zeggen. En hoe
        je ze gebruikt in je werk. We baseren ons vooral op de Handreiking Zorgvuldig omgaan met persoonsgegevens uit
        2023.
      </p>
      <ul className="space-y-4">
        {BACKGROUND_TOPICS.map((topic) => (
          <li key={topic.slug} className="card">
            <h2 className="text-xl">
              <Link href={backgroundHref(topic.slug)}>{topic.title}</Link>
            </h2>
            <p className="mt-1 text-muted">{topic.summary}</p>
          </li>
        ))}
        <li className="card">
          <h2 className="text-xl">
            <Link href={GLOSSARY_PATH}>Begrippenlijst</Link>
          </h2>
          <p className="mt-1 text-muted">Alle begrippen uit Deelwijs, van A tot Z.</p>
        </li>
      </ul>
      <Notice title="Uitleg, geen juridisch advies">
        <p>
          Twijfel je in een echte situatie? Vraag het aan je privacy-officer of een deskundige collega. Gaat het om
          huiselijk geweld of kindermishandeling? Dan kun je ook advies vragen aan Veilig Thuis.
        </p>
      </Notice>
    </div>
  )
}
