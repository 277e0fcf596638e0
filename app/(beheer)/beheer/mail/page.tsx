import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { formatDateTime } from '@/lib/format/dates'
import { mailDelivery } from '@/lib/mail/send.server'

export const metadata: Metadata = { title: 'Bewaarde e-mail' }

// Without an SMTP server (SMTP_URL), the mail Deelwijs would send is kept here, so a demo or first try-out still works:
// the admin passes on a reset link by hand. Newest first.
export default async function KeptMailPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  await requirePermission('manage:user:any', { returnTo: '/beheer/mail' })
  const page = pageFromParam((await searchParams).pagina)
  const [mails, total] = await Promise.all([
    db().outgoingMail.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, to: true, subject: true, createdAt: true },
    }),
    db().outgoingMail.count(),
  ])
  return (
    <div className="space-y-6">
      <PageHeader
        title="Bewaarde e-mail"
        intro="E-mail die Deelwijs zou versturen, zoals links voor een nieuw wachtwoord. Bewaard omdat er geen mailserver is ingesteld."
      />
      {mailDelivery() === 'smtp' ? (
        <Notice>
          Er is een mailserver ingesteld: nieuwe e-mail wordt verstuurd en niet meer hier bewaard. Hieronder staat
          alleen wat eerder bewaard is.
        </Notice>
      ) : (
        <Notice tone="warn">
          Geef een link voor een nieuw wachtwoord alleen door aan de persoon zelf, nadat je zeker weet wie het is. Wie
          de link heeft, kan het wachtwoord van dat account kiezen.
        </Notice>
      )}
      {mails.length === 0 ? (
        <p className="text-muted">Er is geen bewaarde e-mail.</p>
      ) : (
        <DataTable caption="Bewaarde e-mail, nieuwste eerst" columns={['Moment', 'Aan', 'Onderwerp']}>
          {mails.map((mail) => (
            <tr key={mail.id} className="border-b border-line align-top">
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(mail.createdAt)}</td>
              <td className="py-2 pr-4 break-all">{mail.to}</td>
              <td className="py-2 pr-4">
                <Link href={`/beheer/mail/${mail.id}`}>{mail.subject}</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} total={total} basePath="/beheer/mail" />
    </div>
  )
}
