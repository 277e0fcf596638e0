import type { Metadata } from 'next'
import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { caseLine } from '@/lib/certificates/case-line'
import { certificateOptions, coveredCaseTitles } from '@/lib/certificates/eligibility.server'
import { certificatesOf } from '@/lib/certificates/issue.server'
import { missingReason } from '@/lib/certificates/missing'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import { formatDate } from '@/lib/format/dates'
import { issueCertificateAction } from './actions'

export const metadata: Metadata = { title: 'Mijn certificaten' }

const caseTitlesOf = (caseIds: string[]) => coveredCaseTitles(caseIds.map((id) => `${id}/`))

export default async function CertificatesPage() {
  const user = await requirePermission('play:scenario:own', { returnTo: '/leren/certificaten' })
  const [options, issued] = await Promise.all([certificateOptions(user.id), certificatesOf(user.id)])
  return (
    <div className="space-y-10">
      <p>
        <Link href="/leren">← Leren</Link>
      </p>
      <PageHeader
        title="Mijn certificaten"
        intro={`Heb je alle opdrachten van een klas behaald, of een hele casus? Dan maak je hier een certificaat met een code die iedereen kan controleren. Een dilemma is behaald als je het afrondt met een passend einde en een score van minstens ${BEHAALD_MIN_SCORE}%.`}
      />
      <section aria-labelledby="behaald" className="space-y-3">
        <h2 id="behaald" className="text-2xl">
          Mijn certificaten
        </h2>
        {issued.length === 0 ? (
          <p className="text-muted">Je hebt nog geen certificaten.</p>
        ) : (
          <ul className="space-y-3">
            {issued.map((c) => (
              <li key={c.code} className="card space-y-1">
                <p className="font-semibold">{c.moduleTitle}</p>
                <p className="text-sm text-muted">
                  {c.criterion === 'behaald' ? 'Behaald' : 'Afgerond'} op {formatDate(c.completedAt)} · code{' '}
                  <span className="font-mono">{c.code}</span>
                </p>
                <p className="flex flex-wrap gap-4">
                  <a href={`/api/certificaten/${c.code}`} download>
                    Download PDF (certificaat)
                  </a>
                  <Link href={`/verifieer/${c.code}`}>Controleer dit certificaat</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mogelijk" className="space-y-3">
        <h2 id="mogelijk" className="text-2xl">
          Te behalen
        </h2>
        <ul className="space-y-3">
          {options.map((option) => {
            const behaald = option.dilemmas.length - option.missing.length
            return (
              <li key={option.scope === 'klas' ? option.groupId : option.caseId} className="card space-y-2">
                <p className="font-semibold">{option.title}</p>
                {option.scope === 'klas' && option.caseIds.length > 1 ? (
                  <p className="text-sm text-muted">{caseLine(caseTitlesOf(option.caseIds))}</p>
                ) : null}
                <p>
                  {behaald} van {option.dilemmas.length} dilemma’s behaald
                </p>
                {option.issuedCode ? (
                  <p>
                    Je hebt dit certificaat al.{' '}
                    <a href={`/api/certificaten/${option.issuedCode}`} download>
                      Download PDF (certificaat)
                    </a>
                  </p>
                ) : option.complete ? (
                  <ActionForm action={issueCertificateAction} submitLabel="Certificaat maken" className="space-y-2">
                    <input type="hidden" name="scope" value={option.scope} />
                    {option.scope === 'klas' ? (
                      <input type="hidden" name="groupId" value={option.groupId} />
                    ) : (
                      <input type="hidden" name="caseId" value={option.caseId} />
                    )}
                  </ActionForm>
                ) : (
                  <div className="text-sm">
                    <p className="text-muted">Nog niet behaald:</p>
                    <ul className="list-disc pl-5">
                      {option.missing.map((d) => (
                        <li key={`${d.caseId}/${d.dilemmaId}`}>
                          <Link href={`/leren/${d.caseId}/${d.dilemmaId}`}>{d.title}</Link>: {missingReason(d.progress)}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}
