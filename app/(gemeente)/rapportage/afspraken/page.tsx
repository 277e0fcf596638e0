import type { Metadata } from 'next'
import Link from 'next/link'
import { agreementQuery, requireAgreementOrganisation } from '@/lib/agreements/access.server'
import { type AgreementView, listAgreements } from '@/lib/agreements/agreements.server'
import { describeTarget } from '@/lib/agreements/targets.server'
import { AgreementsFrame } from './agreements-frame'
import { changeLine, STATUS_LABELS } from './shared'

export const metadata: Metadata = { title: 'Rapportage: lokale afspraken' }

type Props = { searchParams: Promise<{ organisatie?: string }> }

// The organisation's lokale afspraken per dilemma: the current text, whether it still holds, and the last change.
export default async function AgreementsPage({ searchParams }: Props) {
  const { organisatie } = await searchParams
  const { organisation, organisations, keep } = await requireAgreementOrganisation(organisatie)
  const agreements = await listAgreements(organisation.id)
  const byDilemma = groupByDilemma(agreements)
  return (
    <AgreementsFrame
      organisation={organisation}
      organisations={organisations}
      intro="Afspraken die jullie lokaal maakten, bijvoorbeeld naar aanleiding van een knelpunt. Jullie deelnemers zien ze bij de uitleg van een keuze en aan het einde van het dilemma, als “Afspraak in jullie gemeente”."
    >
      <p className="flex flex-wrap gap-4">
        <Link href={`/rapportage/afspraken/nieuw${agreementQuery({ organisatie: keep })}`} className="btn-primary">
          Nieuwe afspraak
        </Link>
      </p>
      {byDilemma.length === 0 ? (
        <p>Er zijn nog geen afspraken. Begin bij een knelpunt in Inzicht, of maak hier een nieuwe afspraak.</p>
      ) : (
        byDilemma.map(({ title, items }) => (
          <section key={title} aria-label={`Afspraken bij ${title}`} className="space-y-3">
            <h2 className="text-2xl">{title}</h2>
            <ul className="space-y-3">
              {items.map((agreement) => (
                <li key={agreement.id} className="card space-y-2">
                  <p className="font-semibold">
                    <Link href={`/rapportage/afspraken/${agreement.id}${agreementQuery({ organisatie: keep })}`}>
                      {describeTarget(agreement)?.label ?? `${agreement.caseId}/${agreement.dilemmaId}`}
                    </Link>
                  </p>
                  <p className="whitespace-pre-line">{agreement.current.text}</p>
                  <p className="text-sm text-muted">
                    <span className={agreement.withdrawnAt ? 'font-semibold text-bad' : 'font-semibold text-good'}>
                      {agreement.withdrawnAt ? STATUS_LABELS.withdrawn : STATUS_LABELS.active}
                    </span>{' '}
                    · versie {agreement.current.number} · laatst gewijzigd {changeLine(agreement.current)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <section aria-labelledby="export-titel" className="space-y-2">
        <h2 id="export-titel" className="text-2xl">
          Exporteren
        </h2>
        <p>Alle afspraken met elke versie. Elke download komt in het logboek.</p>
        <p className="flex flex-wrap gap-4 text-sm">
          <a href={`/rapportage/afspraken/export${agreementQuery({ organisatie: keep })}`} download>
            Afspraken als CSV
          </a>
          <a
            href={`/rapportage/afspraken/export${agreementQuery({ organisatie: keep, scheiding: 'puntkomma' })}`}
            download
          >
            Afspraken als CSV voor Excel (puntkomma’s)
          </a>
          <a href={`/rapportage/afspraken/export${agreementQuery({ organisatie: keep, formaat: 'json' })}`} download>
            Afspraken als JSON
          </a>
        </p>
      </section>
    </AgreementsFrame>
  )
}

function groupByDilemma(agreements: AgreementView[]) {
  const groups = new Map<string, { title: string; items: AgreementView[] }>()
  for (const agreement of agreements) {
    const key = `${agreement.caseId}/${agreement.dilemmaId}`
    const title = describeTarget({ ...agreement, sceneId: null })?.dilemmaTitle ?? key
    const group = groups.get(key) ?? { title, items: [] }
    group.items.push(agreement)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => a.title.localeCompare(b.title, 'nl'))
}
