import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { BarChart } from '@/components/charts/bar-chart'
import { DocentMaterialView } from '@/components/docent/docent-material'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import { requireClass } from '@/lib/classes/access.server'
import { classDiscussion, DISCUSSION_MINIMUM } from '@/lib/classes/discussion.server'
import { db } from '@/lib/db/client.server'
import { formatDate } from '@/lib/format/dates'
import { classLiveResults } from '@/lib/live/aggregates.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Bespreken: hoe koos de klas?' }

type Props = { params: Promise<{ groupId: string; caseId: string; dilemmaId: string }> }

// Made for a projector: large type, one decision point per section, the grading hidden until the class has talked.
export default async function DiscussionPage({ params }: Props) {
  const { groupId, caseId, dilemmaId } = await params
  const { group } = await requireClass(groupId, 'read:group-progress:org')
  const assigned = await db().assignment.count({ where: { groupId: group.id, caseId, dilemmaId } })
  const dilemma = getDilemma(caseId, dilemmaId)
  const points = assigned && dilemma ? await classDiscussion(group.id, caseId, dilemmaId) : null
  if (!dilemma || !points) notFound()
  // Klassikale sessies of this dilemma: their kept splits (only decision points where at least 5 voted).
  const live = await classLiveResults(group.id, caseId, dilemmaId)
  return (
    <div className="space-y-10 text-lg">
      <p>
        <Link href={`/klas/${group.id}/bespreken`}>← Alle dilemma’s</Link>
      </p>
      <h2 className="text-3xl">{dilemma.frontmatter.title}: hoe koos de klas?</h2>
      {dilemma.frontmatter.docent ? (
        <section aria-labelledby="lesmateriaal" className="card space-y-4 text-base">
          <h3 id="lesmateriaal" className="text-2xl">
            Lesmateriaal
          </h3>
          <DocentMaterialView material={dilemma.frontmatter.docent} heading="h4" />
          <p>
            <Link href={`/lesmateriaal/${caseId}`}>Lesmateriaal van de hele casus om te printen</Link>
          </p>
        </section>
      ) : null}
      {points.map((point, index) => (
        <section key={point.sceneId} aria-labelledby={`punt-${point.sceneId}`} className="card space-y-4">
          <h3 id={`punt-${point.sceneId}`} className="text-2xl">
            Beslismoment {index + 1}: {point.title}
          </h3>
          {point.hidden ? (
            <p className="font-medium">
              Nog te weinig antwoorden ({point.answered} van de {DISCUSSION_MINIMUM} die nodig zijn). Zo blijft
              onzichtbaar wie wat koos.
            </p>
          ) : (
            <>
              <BarChart
                large
                title={`Beslismoment ${index + 1}: eerste keuzes van ${point.answered} studenten`}
                data={point.choices.map((c) => ({
                  label: c.label,
                  value: c.count,
                  note: `${c.count} (${c.percent}%)`,
                }))}
              />
              <details>
                <summary className="cursor-pointer font-medium text-brand underline">Toon de beoordeling</summary>
                <ul className="mt-2 space-y-1">
                  {point.choices.map((c) => (
                    <li key={c.id}>
                      {c.quality ? (
                        <strong>
                          <span aria-hidden="true">{QUALITY_DISPLAY[c.quality].symbol} </span>
                          {QUALITY_DISPLAY[c.quality].label}:
                        </strong>
                      ) : (
                        <strong>zonder beoordeling:</strong>
                      )}{' '}
                      {c.label}
                    </li>
                  ))}
                </ul>
              </details>
            </>
          )}
        </section>
      ))}
      {live.length > 0 ? (
        <section aria-labelledby="klassikaal" className="space-y-6">
          <h3 id="klassikaal" className="text-2xl">
            Klassikaal gestemd
          </h3>
          {live.map((session) => (
            <div key={session.id} className="card space-y-4">
              <p className="font-medium">
                Sessie van {formatDate(session.createdAt)} ·{' '}
                <a href={`/klas/live/${session.id}/export`}>download als CSV</a>
              </p>
              {session.points.map((point) => (
                <BarChart
                  key={`${session.id}-${point.step}`}
                  large
                  title={`${point.title}: ${point.total} stemmen`}
                  data={point.choices.map((c) => ({
                    label: `${c.letter}. ${c.label}`,
                    value: c.count,
                    note: `${c.count} (${c.percent}%)`,
                  }))}
                />
              ))}
            </div>
          ))}
        </section>
      ) : null}
    </div>
  )
}
