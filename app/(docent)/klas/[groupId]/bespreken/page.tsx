import type { Metadata } from 'next'
import Link from 'next/link'
import { requireClass } from '@/lib/classes/access.server'
import { classDiscussionOverview, DISCUSSION_MINIMUM } from '@/lib/classes/discussion.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Bespreken in de klas' }

export default async function DiscussionIndexPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { group } = await requireClass((await params).groupId, 'read:group-progress:org')
  const dilemmas = await classDiscussionOverview(group.id)
  return (
    <section aria-labelledby="bespreken" className="space-y-4">
      <h2 id="bespreken" className="text-2xl">
        Bespreken in de klas
      </h2>
      <p className="max-w-prose text-muted">
        Laat op het scherm zien hoe de klas koos bij elk beslismoment. Je ziet alleen aantallen, nooit wie wat koos. Een
        dilemma verschijnt pas als minstens {DISCUSSION_MINIMUM} studenten hebben geantwoord.
      </p>
      <p>
        Lesmateriaal om te printen: de casusbeschrijving en per dilemma de leerdoelen, vragen, werkvorm en juridische
        kern.
      </p>
      <ul className="list-disc pl-6">
        {getCatalog().cases.map((item) => (
          <li key={item.id}>
            <Link href={`/lesmateriaal/${item.id}`}>Lesmateriaal: {item.frontmatter.title}</Link>
          </li>
        ))}
      </ul>
      {dilemmas.length === 0 ? (
        <p className="text-muted">Er staan nog geen opdrachten klaar. Zet eerst dilemma’s klaar bij Opdrachten.</p>
      ) : (
        <ul className="space-y-2">
          {dilemmas.map((d) => (
            <li key={d.id} className="card">
              <Link href={`/klas/${group.id}/bespreken/${d.caseId}/${d.dilemmaId}`} className="text-lg font-semibold">
                {d.title}
              </Link>
              <p className="text-muted">
                {d.answered === 1 ? '1 student heeft geantwoord' : `${d.answered} studenten hebben geantwoord`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
