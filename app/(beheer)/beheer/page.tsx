import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'

export const metadata: Metadata = { title: 'Beheer' }

export default async function AdminHomePage() {
  await requirePermission('manage:user:any', { returnTo: '/beheer' })
  const [users, organisations, groups] = await Promise.all([
    db().user.count(),
    db().organisation.count(),
    db().group.count({ where: { archivedAt: null } }),
  ])
  const stats = [
    ['Gebruikers', users],
    ['Organisaties', organisations],
    ['Klassen en teams', groups],
  ] as const
  return (
    <div className="space-y-8">
      <PageHeader title="Beheer" intro="Gebruikers, uitnodigingen en organisaties van deze Deelwijs-omgeving." />
      <dl className="grid gap-4 sm:grid-cols-3">
        {stats.map(([label, value]) => (
          <div key={label} className="card">
            <dt className="text-muted">{label}</dt>
            <dd className="text-3xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="space-y-2">
        <li>
          <Link href="/beheer/gebruikers">Gebruikers beheren</Link>
        </li>
        <li>
          <Link href="/beheer/uitnodigingen">Iemand uitnodigen</Link>
        </li>
        <li>
          <Link href="/beheer/lti">Leeromgevingen (LTI) koppelen</Link>
        </li>
        <li>
          <Link href="/beheer/deblokkeren">Inlogblokkade opheffen</Link>
        </li>
        <li>
          <Link href="/beheer/organisaties">Organisaties en tweestapsverificatie</Link>
        </li>
        <li>
          <Link href="/beheer/mail">Bewaarde e-mail lezen</Link>
        </li>
        <li>
          <Link href="/beheer/logboek">Logboek bekijken</Link>
        </li>
        <li>
          <Link href="/beheer/privacy">Privacygegevens voor de FG</Link>
        </li>
      </ul>
    </div>
  )
}
