import type { Metadata } from 'next'
import Link from 'next/link'
import { ActionForm } from '@/components/forms/action-form'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { getCurrentUser } from '@/lib/auth/session.server'
import { codeProblem, lookUpJoinCodeFrom } from '@/lib/classes/join.server'
import { clientIp } from '@/lib/security/client-ip.server'
import { joinClassAction } from '../actions'

export const metadata: Metadata = { title: 'Meedoen met een klas', robots: { index: false } }

// The join link a docent shares or shows as a QR code. It names the class only when the code is open.
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code).slice(0, 40)
  const [lookup, user] = await Promise.all([lookUpJoinCodeFrom(code, await clientIp()), getCurrentUser()])
  if (lookup.kind !== 'open') {
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title="Meedoen met een klas" />
        <Notice tone="bad" title="Met deze code kun je niet meedoen">
          <p>{lookup.kind === 'limited' ? lookup.message : codeProblem(lookup.kind)}</p>
        </Notice>
      </div>
    )
  }
  const { group } = lookup
  const here = `/meedoen/${encodeURIComponent(code)}`
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader title={`Meedoen met ${group.name}`} intro={`Een klas van ${group.organisationName}.`} />
      {user ? (
        <ActionForm action={joinClassAction} submitLabel={`Meedoen met ${group.name}`} className="card space-y-4">
          <p>
            Je bent ingelogd als <strong>{user.name}</strong>. Je docent ziet dan je voortgang bij de opdrachten van
            deze klas, niet je andere gegevens.
          </p>
          <input type="hidden" name="code" value={code} />
        </ActionForm>
      ) : (
        <div className="card space-y-4">
          <p>Om mee te doen heb je een account nodig.</p>
          <ul className="space-y-2">
            <li>
              <Link
                href={`/aanmelden?code=${encodeURIComponent(code)}`}
                className="btn-primary inline-block no-underline"
              >
                Nieuw account maken
              </Link>
            </li>
            <li>
              <Link href={`/inloggen?terug=${encodeURIComponent(here)}`}>Ik heb al een account: inloggen</Link>
            </li>
          </ul>
        </div>
      )}
    </div>
  )
}
