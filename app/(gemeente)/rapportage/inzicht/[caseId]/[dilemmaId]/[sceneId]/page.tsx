import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import { PageHeader } from '@/components/ui/page-header'
import { findNode } from '@/lib/engine/moves'
import { requireReportOrganisation } from '@/lib/reports/access.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Rapportage: beslismoment' }

type Props = {
  params: Promise<{ caseId: string; dilemmaId: string; sceneId: string }>
  searchParams: Promise<{ organisatie?: string }>
}

// A decision point as learners saw it, with the feedback of every choice: what a coordinator needs to understand a
// knelpunt and to discuss it with their teams. Content only: nothing about who answered what.
export default async function DecisionPointPage({ params, searchParams }: Props) {
  const { caseId, dilemmaId, sceneId } = await params
  const { organisatie } = await searchParams
  const { organisation, organisations } = await requireReportOrganisation(organisatie, '/rapportage/inzicht')
  const dilemma = getDilemma(caseId, dilemmaId)
  const node = dilemma ? findNode(dilemma.graph, sceneId) : undefined
  if (!dilemma || !node || node.kind !== 'scene' || node.choices.length < 2) notFound()
  const keep = organisations.length > 1 ? `?organisatie=${organisation.id}` : ''
  const flags = dilemma.graph.flagsSet.map((f) => f.flag)
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/rapportage/inzicht${keep}`}>← Terug naar inzicht</Link>
      </p>
      <PageHeader
        title={`${dilemma.frontmatter.title}: ${node.title ?? node.id}`}
        intro="De situatie en de uitleg bij elke keuze."
      />
      <p>
        <Link href={`/rapportage/afspraken/nieuw?doel=${caseId}/${dilemmaId}/${sceneId}${keep.replace('?', '&')}`}>
          Schrijf een afspraak voor dit beslismoment
        </Link>
      </p>
      <section aria-labelledby="situatie" className="card space-y-3">
        <h2 id="situatie" className="text-2xl">
          De situatie
        </h2>
        <DilemmaView
          contentHash={dilemma.contentHash}
          code={dilemma.code}
          view={{
            mode: 'scene',
            sceneId: node.id,
            flags,
            offered: node.choices.map((c) => c.id),
            renderChoice: (choiceId, label) => (
              <div key={choiceId} className="rounded-md border border-line p-3">
                {label}
              </div>
            ),
          }}
        />
      </section>
      <section aria-labelledby="uitleg" className="space-y-4">
        <h2 id="uitleg" className="text-2xl">
          Uitleg per keuze
        </h2>
        {node.choices.map((choice) => (
          <article key={choice.id} className="card space-y-2" aria-label={`Uitleg bij: ${choice.label}`}>
            <p className="font-semibold">
              {choice.quality
                ? `${QUALITY_DISPLAY[choice.quality].symbol} ${QUALITY_DISPLAY[choice.quality].heading} (${QUALITY_DISPLAY[choice.quality].label})`
                : 'Zonder beoordeling'}
            </p>
            <DilemmaView
              contentHash={dilemma.contentHash}
              code={dilemma.code}
              view={{ mode: 'feedback', sceneId: node.id, choiceId: choice.id }}
            />
          </article>
        ))}
      </section>
    </div>
  )
}
