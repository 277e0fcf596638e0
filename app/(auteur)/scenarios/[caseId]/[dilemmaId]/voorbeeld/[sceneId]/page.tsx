import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { Notice } from '@/components/ui/notice'
import { requirePermission } from '@/lib/auth/session.server'
import { findNode } from '@/lib/engine/moves'
import { getDilemma } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Voorbeeld' }

type Props = { params: Promise<{ caseId: string; dilemmaId: string; sceneId: string }> }

// An author's preview: any scene as a learner sees it, with every choice shown (flags ignored) and linked to its
// target. Nothing is recorded.
export default async function ScenePreviewPage({ params }: Props) {
  const { caseId, dilemmaId, sceneId } = await params
  await requirePermission('edit:scenario-graph:any')
  const dilemma = getDilemma(caseId, dilemmaId)
  const node = dilemma ? findNode(dilemma.graph, sceneId) : undefined
  if (!dilemma || !node) notFound()
  const base = `/scenarios/${caseId}/${dilemmaId}`
  const allFlags = [...new Set(dilemma.graph.flagsSet.map((f) => f.flag))]
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Notice title="Voorbeeld">
        Je ziet deze situatie zoals een deelnemer haar ziet, met alle keuzes. Er wordt niets opgeslagen.{' '}
        <Link href={base}>Terug naar het schema</Link>
      </Notice>
      <h1 className="text-3xl">{node.title ?? node.id}</h1>
      <div className="card">
        {node.kind === 'ending' ? (
          <DilemmaView
            contentHash={dilemma.contentHash}
            code={dilemma.code}
            view={{ mode: 'ending', endingId: node.id, flags: [] }}
          />
        ) : (
          <DilemmaView
            contentHash={dilemma.contentHash}
            code={dilemma.code}
            view={{
              mode: 'scene',
              sceneId: node.id,
              flags: allFlags,
              offered: node.choices.map((c) => c.id),
              renderChoice: (choiceId, label) => {
                const target = node.choices.find((c) => c.id === choiceId)?.to ?? ''
                return (
                  <p key={choiceId} className="rounded-md border-2 border-brand p-4">
                    <Link href={`${base}/voorbeeld/${target}`}>{label}</Link>
                  </p>
                )
              },
            }}
          />
        )}
      </div>
    </div>
  )
}
