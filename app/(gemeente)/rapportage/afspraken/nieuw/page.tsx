import type { Metadata } from 'next'
import Link from 'next/link'
import { agreementQuery, requireAgreementOrganisation } from '@/lib/agreements/access.server'
import { parseTargetKey, targetKey } from '@/lib/agreements/schema'
import { agreementTargets, describeTarget } from '@/lib/agreements/targets.server'
import { createAgreementAction } from '../actions'
import { AgreementForm } from '../agreement-form'
import { AgreementsFrame } from '../agreements-frame'

export const metadata: Metadata = { title: 'Rapportage: nieuwe afspraak' }

type Props = { searchParams: Promise<{ organisatie?: string; doel?: string }> }

// A new afspraak. ?doel=<case>/<dilemma>[/<scene>] chooses the dilemma or decision point beforehand (the link from a
// knelpunt); it can still be changed here.
export default async function NewAgreementPage({ searchParams }: Props) {
  const { organisatie, doel } = await searchParams
  const { organisation, organisations, keep } = await requireAgreementOrganisation(
    organisatie,
    '/rapportage/afspraken/nieuw',
  )
  const chosen = typeof doel === 'string' ? parseTargetKey(doel) : null
  const preselected = chosen ? describeTarget(chosen) : undefined
  return (
    <AgreementsFrame
      organisation={organisation}
      organisations={organisations}
      intro="Schrijf wat jullie lokaal afspraken. Deelnemers van jullie organisatie zien het bij dit dilemma of beslismoment."
    >
      <p>
        <Link href={`/rapportage/afspraken${agreementQuery({ organisatie: keep })}`}>← Terug naar de afspraken</Link>
      </p>
      <h2 className="text-2xl">Nieuwe afspraak</h2>
      {preselected ? <p>Voor: {preselected.label}</p> : null}
      <AgreementForm
        action={createAgreementAction.bind(null, organisation.id, keep ?? '')}
        submitLabel="Afspraak opslaan"
        targets={agreementTargets().map(({ key, label, dilemmaTitle }) => ({ key, label, dilemmaTitle }))}
        initial={{ doel: preselected ? targetKey(preselected) : '' }}
      />
    </AgreementsFrame>
  )
}
