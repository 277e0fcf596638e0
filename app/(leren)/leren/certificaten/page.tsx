import type { Metadata } from 'next'
import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { certificateOptions } from '@/lib/certificates/eligibility.server'
import { certificatesOf } from '@/lib/certificates/issue.server'
import { formatDate } from '@/lib/format/dates'
import { issueCertificateAction } from './actions'

export const metadata: Metadata = { title: 'Mijn certificaten' }

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
        intro="Rond je alle opdrachten van een klas af, of een hele casus? Dan maak je hier een certificaat met een code die iedereen kan controleren."
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
                  Afgerond op {formatDate(c.completedAt)} · code <span className="font-mono">{c.code}</span>
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
            const done = option.dilemmas.filter((d) => d.progress.status === 'afgerond').length
            const open = option.dilemmas.filter((d) => d.progress.status !== 'afgerond')
            return (
              <li key={option.scope === 'klas' ? option.groupId : option.caseId} className="card space-y-2">
                <p className="font-semibold">{option.title}</p>
                <p>
                  {done} van {option.dilemmas.length} dilemma’s afgerond
                </p>
                {option.complete ? (
                  <ActionForm action={issueCertificateAction} submitLabel="Certificaat maken" className="space-y-2">
                    <input type="hidden" name="scope" value={option.scope} />
                    {option.scope === 'klas' ? (
                      <input type="hidden" name="groupId" value={option.groupId} />
                    ) : (
                      <input type="hidden" name="caseId" value={option.caseId} />
                    )}
                  </ActionForm>
                ) : (
                  <p className="text-sm text-muted">Nog te doen: {open.map((d) => d.title).join(', ')}.</p>
                )}
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}
