import type { Metadata } from 'next'
import Link from 'next/link'
import { LiveSessionList } from '@/components/live/session-list'
import { StartLiveForm } from '@/components/live/start-form'
import { requirePermission } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { startOwnLiveAction } from './actions'

export const metadata: Metadata = { title: 'Klassikaal zonder klas' }

// Live sessions without a class, for a werksessie or a one-off training.
export default async function OwnLiveSessionsPage() {
  const user = await requirePermission('manage:group:org', { returnTo: '/klas/live' })
  const sessions = await db().liveSession.findMany({
    where: { docentId: user.id, groupId: null },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, caseId: true, dilemmaId: true, phase: true, createdAt: true },
  })
  return (
    <div className="space-y-8">
      <p>
        <Link href="/klas">← Mijn klassen</Link>
      </p>
      <h1 className="text-3xl">Klassikaal zonder klas</h1>
      <p>
        Speel een dilemma samen met een groep: het dilemma staat op het scherm, iedereen stemt met de telefoon. Voor een
        klas start je een sessie op het tabblad Klassikaal van die klas.
      </p>
      <section aria-labelledby="starten" className="space-y-3">
        <h2 id="starten" className="text-2xl">
          Nieuwe sessie
        </h2>
        <StartLiveForm action={startOwnLiveAction} />
      </section>
      <section aria-labelledby="sessies" className="space-y-3">
        <h2 id="sessies" className="text-2xl">
          Jouw sessies
        </h2>
        <LiveSessionList sessions={sessions} basePath="/klas/live" />
      </section>
    </div>
  )
}
