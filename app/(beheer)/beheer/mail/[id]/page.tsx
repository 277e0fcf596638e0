import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PageHeader } from '@/components/ui/page-header'
import { audit } from '@/lib/audit/log.server'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { formatDateTime } from '@/lib/format/dates'

export const metadata: Metadata = { title: 'E-mail lezen' }

// One kept mail, as plain text (its HTML part is never rendered here). Reading one is logged: it may hold a reset link.
export default async function KeptMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const admin = await requirePermission('manage:user:any', { returnTo: `/beheer/mail/${encodeURIComponent(id)}` })
  const mail = id.length <= 40 ? await db().outgoingMail.findUnique({ where: { id } }) : null
  if (!mail) notFound()
  await audit({ actorId: admin.id, action: 'mail.read', detail: { mailId: mail.id, kind: mail.kind } })
  return (
    <div className="max-w-prose space-y-6">
      <PageHeader title={mail.subject} />
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="font-medium">Aan</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt className="font-medium">Moment</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
      </dl>
      <div className="card whitespace-pre-wrap break-words">{mail.text}</div>
      <p>
        <Link href="/beheer/mail">Terug naar bewaarde e-mail</Link>
      </p>
    </div>
  )
}
