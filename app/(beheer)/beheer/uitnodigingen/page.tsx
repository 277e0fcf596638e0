import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { formatDate } from '@/lib/format/dates'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { createInvitationAction } from '../actions'
import { InvitationForm } from './invitation-form'

export const metadata: Metadata = { title: 'Uitnodigingen' }

export default async function InvitationsPage() {
  await requirePermission('manage:user:any', { returnTo: '/beheer/uitnodigingen' })
  const [organisations, open] = await Promise.all([
    db().organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db().invitation.findMany({
      where: { acceptedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, email: true, role: true, expiresAt: true, organisation: { select: { name: true } } },
    }),
  ])
  return (
    <div className="space-y-8">
      <PageHeader
        title="Iemand uitnodigen"
        intro="Maak een persoonlijke link. Met die link maakt iemand een account met de rol die jij kiest."
      />
      <InvitationForm action={createInvitationAction} organisations={organisations} origin={await publicOrigin()} />
      <section aria-labelledby="open-uitnodigingen" className="space-y-3">
        <h2 id="open-uitnodigingen" className="text-2xl">
          Openstaande uitnodigingen
        </h2>
        {open.length === 0 ? (
          <p className="text-muted">Er staan geen uitnodigingen open.</p>
        ) : (
          <ul className="space-y-1">
            {open.map((invitation) => (
              <li key={invitation.id}>
                {invitation.email} — {ROLE_LABELS[invitation.role]} bij {invitation.organisation.name}, geldig tot{' '}
                {formatDate(invitation.expiresAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
