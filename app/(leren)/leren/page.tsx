import type { Metadata } from 'next'
import { NotYetAvailable } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'

export const metadata: Metadata = { title: 'Leren' }

export default async function LearnHomePage() {
  const user = await requirePermission('play:scenario:own', { returnTo: '/leren' })
  return (
    <div className="space-y-8">
      <PageHeader
        title={`Welkom, ${user.name}`}
        intro="Hier vind je de dilemma’s van het levenswiel en je voortgang."
      />
      <section aria-labelledby="opdrachten" className="space-y-3">
        <h2 id="opdrachten" className="text-2xl">
          Mijn opdrachten
        </h2>
        <p className="text-muted">Je hebt nog geen opdrachten. Als je docent een dilemma klaarzet, zie je het hier.</p>
      </section>
      <NotYetAvailable feature="Het levenswiel met de dilemma’s" />
    </div>
  )
}
