import { DilemmaView } from '@/components/scenario/dilemma-view'
import { modelRouteFlags, passendEnding } from '@/lib/engine/model-route'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'

/**
 * The model way to act for a learner who ended elsewhere: the text of the dilemma's passend ending. Its <When> and
 * <Unless> blocks read as on the model route (only passend choices), because remarks about the learner's own route
 * ("Let op: je vroeg niet naar de kinderen") do not belong to the way to act; see docs/scenario-format.md.
 */
export function Oplossingsrichting({ dilemma }: { dilemma: CatalogDilemma }) {
  const ending = passendEnding(dilemma.graph)
  if (!ending) return null
  const flags = modelRouteFlags(dilemma.graph, ending.id) ?? []
  return (
    <section aria-labelledby="oplossing-titel" className="card space-y-4 border-l-8 border-good p-6">
      <h2 id="oplossing-titel" className="text-2xl">
        Zo pak je het aan: de oplossingsrichting
      </h2>
      <p className="text-muted">Zo loopt het af als je steeds passend kiest (het einde “{ending.title}”).</p>
      <DilemmaView
        contentHash={dilemma.contentHash}
        code={dilemma.code}
        view={{ mode: 'ending', endingId: ending.id, flags }}
      />
    </section>
  )
}
