import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { findOpenInvitation } from '@/lib/accounts/register.server'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { registerWithInvitationAction } from '../../actions'
import { RegistrationForm } from '../../registration-form'

export const metadata: Metadata = { title: 'Uitnodiging' }

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invitation = token.length <= 200 ? await findOpenInvitation(token) : null
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <PageHeader title="Uitnodiging niet geldig" />
        <Notice tone="warn">
          Deze uitnodiging is verlopen, al gebruikt of bestaat niet. Vraag degene die je uitnodigde om een nieuwe link.
        </Notice>
        <Link href="/inloggen">Naar inloggen</Link>
      </div>
    )
  }
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Welkom bij Deelwijs"
        intro={`Je bent uitgenodigd als ${ROLE_LABELS[invitation.role].toLowerCase()} bij ${invitation.organisation.name}.`}
      />
      <RegistrationForm action={registerWithInvitationAction} invitation={{ token, email: invitation.email }} />
    </div>
  )
}
