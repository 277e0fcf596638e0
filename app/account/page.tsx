import type { Metadata } from 'next'
import { PageHeader } from '@/components/ui/page-header'
import { ROLE_LABELS } from '@/lib/auth/permissions'
import { requireUser } from '@/lib/auth/session.server'
import { SignOutEverywhere } from './sign-out-everywhere'

export const metadata: Metadata = { title: 'Mijn account' }

export default async function AccountPage() {
  const user = await requireUser('/account')
  return (
    <div className="max-w-prose space-y-8">
      <PageHeader title="Mijn account" />
      <dl className="card grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">Naam</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">E-mailadres</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">Rollen</dt>
        <dd>
          <ul>
            {user.memberships.map((m) => (
              <li key={`${m.organisationId}-${m.role}`}>
                {ROLE_LABELS[m.role]} bij {m.organisationName}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <section aria-labelledby="sessies" className="space-y-2">
        <h2 id="sessies" className="text-2xl">
          Overal uitloggen
        </h2>
        <p>Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer van school? Log dan overal tegelijk uit.</p>
        <SignOutEverywhere />
      </section>
    </div>
  )
}
