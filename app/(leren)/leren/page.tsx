import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { progressInCase } from '@/lib/progress/overview.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Leren' }

export default async function LearnHomePage() {
  const user = await requirePermission('play:scenario:own', { returnTo: '/leren' })
  const cases = await Promise.all(
    getCatalog().cases.map(async (c) => {
      const progress = await progressInCase(user.id, c.id)
      const done = c.dilemmas.filter((d) => progress.get(d.id)?.status === 'afgerond').length
      return { id: c.id, title: c.frontmatter.title, summary: c.frontmatter.summary, done, total: c.dilemmas.length }
    }),
  )
  return (
    <div className="space-y-8">
      <PageHeader title={`Welkom, ${user.name}`} intro="Kies een gezin en loop hun levenswiel door." />
      <section aria-labelledby="opdrachten" className="space-y-3">
        <h2 id="opdrachten" className="text-2xl">
          Mijn opdrachten
        </h2>
        <p className="text-muted">Je hebt nog geen opdrachten. Als je docent een dilemma klaarzet, zie je het hier.</p>
      </section>
      <section aria-labelledby="casussen" className="space-y-3">
        <h2 id="casussen" className="text-2xl">
          Levenswielen
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {cases.map((c) => (
            <li key={c.id} className="card space-y-2">
              <h3 className="text-xl">
                <Link href={`/leren/${c.id}`}>{c.title}</Link>
              </h3>
              <p className="text-muted">{c.summary}</p>
              <p>
                {c.done} van {c.total} dilemma’s afgerond
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
