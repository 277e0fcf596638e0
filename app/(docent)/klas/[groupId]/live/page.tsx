import type { Metadata } from 'next'
import { LiveSessionList } from '@/components/live/session-list'
import { StartLiveForm } from '@/components/live/start-form'
import { requireClass } from '@/lib/classes/access.server'
import { db } from '@/lib/db/client.server'
import { startClassLiveAction } from './actions'

export const metadata: Metadata = { title: 'Klassikaal' }

export default async function ClassLiveSessionsPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { group } = await requireClass((await params).groupId)
  const sessions = await db().liveSession.findMany({
    where: { groupId: group.id },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, caseId: true, dilemmaId: true, phase: true, createdAt: true },
  })
  return (
    <div className="space-y-8">
      <section aria-labelledby="starten" className="space-y-3">
        <h2 id="starten" className="text-2xl">
          Klassikaal: samen een dilemma spelen
        </h2>
        {group.archivedAt ? (
          <p>Deze klas is gearchiveerd; je kunt geen sessie meer starten.</p>
        ) : (
          <StartLiveForm action={startClassLiveAction.bind(null, group.id)} />
        )}
      </section>
      <section aria-labelledby="sessies" className="space-y-3">
        <h2 id="sessies" className="text-2xl">
          Sessies van deze klas
        </h2>
        <LiveSessionList sessions={sessions} basePath={`/klas/${group.id}/live`} />
      </section>
    </div>
  )
}
