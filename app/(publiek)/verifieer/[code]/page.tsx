import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { normaliseVerificationCode } from '@/lib/certificates/code'
import { findCertificate } from '@/lib/certificates/issue.server'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import { formatDate } from '@/lib/format/dates'
import { formatDuration } from '@/lib/progress/time-spent'

/** What a certificate attests, by the criterion it was issued under (see docs/decisions/018-progress-read-model.md). */
const CERTIFIES: Record<'afgerond' | 'behaald', string> = {
  behaald: `Dit certificaat verklaart dat de houder elk genoemd dilemma heeft behaald: afgerond met een passend einde en een score van minstens ${BEHAALD_MIN_SCORE}%.`,
  afgerond:
    'Dit certificaat verklaart dat de houder elk genoemd dilemma heeft afgerond (tot het einde doorlopen). Het is uitgegeven voordat Deelwijs ook de uitkomst meewoog, en zegt niets over de score of het einde.',
}

export const metadata: Metadata = { title: 'Certificaat gecontroleerd', robots: { index: false } }

// Public confirmation of a certificate: exactly what is printed on it, nothing more (no e-mail, class or scores).
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normaliseVerificationCode(decodeURIComponent((await params).code))
  const certificate = code ? await findCertificate(code) : null
  if (!certificate) notFound()
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Dit certificaat is echt" />
      <Notice tone="good" title={`Uitgegeven door Deelwijs op ${formatDate(certificate.issuedAt)}`}>
        <p>De gegevens hieronder staan zo op het certificaat.</p>
        <p>{CERTIFIES[certificate.criterion]}</p>
      </Notice>
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-medium">Naam</dt>
        <dd>{certificate.holderName}</dd>
        <dt className="font-medium">Module</dt>
        <dd>{certificate.moduleTitle}</dd>
        {certificate.caseTitles.length > 0 ? (
          <>
            <dt className="font-medium">{certificate.caseTitles.length === 1 ? 'Casus' : 'Casussen'}</dt>
            <dd>{certificate.caseTitles.join(', ')}</dd>
          </>
        ) : null}
        <dt className="font-medium">Dilemma’s</dt>
        <dd>{certificate.dilemmaTitles.join(', ')}</dd>
        <dt className="font-medium">{certificate.criterion === 'behaald' ? 'Behaald op' : 'Afgerond op'}</dt>
        <dd>{formatDate(certificate.completedAt)}</dd>
        <dt className="font-medium">Bestede tijd</dt>
        <dd>{formatDuration(certificate.minutesSpent * 60)}</dd>
        <dt className="font-medium">Code</dt>
        <dd className="font-mono">{certificate.code}</dd>
      </dl>
      <p>
        <Link href="/verifieer">Een ander certificaat controleren</Link>
      </p>
    </div>
  )
}
