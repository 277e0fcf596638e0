import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { LinkedText } from '@/components/agreements/linked-text'
import { ConfirmAction } from '@/components/forms/confirm-action'
import { Notice } from '@/components/ui/notice'
import { agreementQuery, requireAgreementOrganisation } from '@/lib/agreements/access.server'
import { getAgreement } from '@/lib/agreements/agreements.server'
import { describeTarget } from '@/lib/agreements/targets.server'
import { editAgreementAction, withdrawAgreementAction } from '../actions'
import { AgreementForm } from '../agreement-form'
import { AgreementsFrame } from '../agreements-frame'
import { CHANGE_LABELS, changeLine, STATUS_LABELS } from '../shared'

export const metadata: Metadata = { title: 'Rapportage: afspraak' }

type Props = {
  params: Promise<{ agreementId: string }>
  searchParams: Promise<{ organisatie?: string; opgeslagen?: string }>
}

// One afspraak: what learners see now, a form to change it (a new version), withdrawing it, and every version.
export default async function AgreementPage({ params, searchParams }: Props) {
  const { agreementId } = await params
  const { organisatie, opgeslagen } = await searchParams
  const { organisation, organisations, keep } = await requireAgreementOrganisation(
    organisatie,
    `/rapportage/afspraken/${agreementId}`,
  )
  // Scoped to the organisation: another organisation's afspraak is not found, not forbidden.
  const agreement = await getAgreement(organisation.id, agreementId)
  if (!agreement) notFound()
  const target = describeTarget(agreement)
  const { current } = agreement
  return (
    <AgreementsFrame
      organisation={organisation}
      organisations={organisations}
      intro="Elke wijziging wordt een nieuwe versie; de oude versies blijven bewaard."
    >
      <p>
        <Link href={`/rapportage/afspraken${agreementQuery({ organisatie: keep })}`}>← Terug naar de afspraken</Link>
      </p>
      {opgeslagen && Number(opgeslagen) === current.number && current.change !== 'withdrawn' ? (
        <Notice tone="good" live="status">
          De afspraak is opgeslagen als versie {current.number}. Deelnemers zien deze versie nu.
        </Notice>
      ) : null}
      <section aria-labelledby="huidig-titel" className="card space-y-3">
        <h2 id="huidig-titel" className="text-2xl">
          {target?.label ?? `${agreement.caseId}/${agreement.dilemmaId}`}
        </h2>
        <p>
          <span className={agreement.withdrawnAt ? 'font-semibold text-bad' : 'font-semibold text-good'}>
            {agreement.withdrawnAt ? STATUS_LABELS.withdrawn : STATUS_LABELS.active}
          </span>{' '}
          · versie {current.number} · laatst gewijzigd {changeLine(current)}
        </p>
        <p className="whitespace-pre-line">
          <LinkedText text={current.text} />
        </p>
        {current.link ? <p>Link: {current.link}</p> : null}
        {current.contact ? <p>Contact: {current.contact}</p> : null}
      </section>
      {agreement.withdrawnAt ? (
        <p>
          Deze afspraak is ingetrokken: deelnemers zien hem niet meer. Maak een nieuwe afspraak als iets weer geldt.
        </p>
      ) : (
        <>
          <section aria-labelledby="wijzigen-titel" className="space-y-3">
            <h2 id="wijzigen-titel" className="text-2xl">
              Wijzigen
            </h2>
            <AgreementForm
              action={editAgreementAction.bind(null, organisation.id, agreement.id, keep ?? '')}
              submitLabel="Nieuwe versie opslaan"
              initial={{ tekst: current.text, link: current.link ?? '', contact: current.contact ?? '' }}
            />
          </section>
          <section aria-labelledby="intrekken-titel" className="space-y-3">
            <h2 id="intrekken-titel" className="text-2xl">
              Intrekken
            </h2>
            <p>
              Geldt de afspraak niet meer? Trek hem in. Deelnemers zien hem dan niet meer; de versies blijven bewaard.
            </p>
            <ConfirmAction
              label="Afspraak intrekken"
              question="Weet je zeker dat je deze afspraak wilt intrekken?"
              confirmLabel="Ja, intrekken"
              action={withdrawAgreementAction.bind(null, organisation.id, agreement.id)}
              fields={{}}
            />
          </section>
        </>
      )}
      <section aria-labelledby="versies-titel" className="space-y-3">
        <h2 id="versies-titel" className="text-2xl">
          Versies
        </h2>
        <ol className="space-y-3" aria-label="Versies, nieuwste eerst">
          {agreement.versions.map((version) => (
            <li key={version.number} className="card space-y-1">
              <p className="font-semibold">
                Versie {version.number}: {CHANGE_LABELS[version.change]}
              </p>
              <p className="text-sm text-muted">{changeLine(version)}</p>
              <p className="whitespace-pre-line">{version.text}</p>
              {version.link ? <p className="text-sm">Link: {version.link}</p> : null}
              {version.contact ? <p className="text-sm">Contact: {version.contact}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </AgreementsFrame>
  )
}
