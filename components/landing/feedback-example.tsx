import { DilemmaView } from '@/components/scenario/dilemma-view'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import type { CatalogCase } from '@/lib/scenarios/catalog'

// One choice with its feedback, as a learner sees it after choosing: the product in one card. The example is chosen
// for what it teaches (sharing medical data around the parents); if the content changes, the first onjuist choice on
// the wheel takes its place, so the landing page never breaks on an edit.
const PREFERRED = { dilemmaId: 'jeugdarts', sceneId: 'verwijzing', choiceId: 'toch-verwijzen' }

function pickExample(found: CatalogCase) {
  const candidates = found.dilemmas.flatMap((dilemma) =>
    dilemma.graph.nodes.flatMap((node) =>
      node.kind === 'scene'
        ? node.choices
            .filter((choice) => choice.quality === 'onjuist')
            .map((choice) => ({ dilemma, scene: node, choice, quality: 'onjuist' as const }))
        : [],
    ),
  )
  return (
    candidates.find(
      (c) =>
        c.dilemma.id === PREFERRED.dilemmaId && c.scene.id === PREFERRED.sceneId && c.choice.id === PREFERRED.choiceId,
    ) ?? candidates[0]
  )
}

export function FeedbackExample({ found }: { found: CatalogCase }) {
  const example = pickExample(found)
  if (!example) return null
  const { dilemma, scene, choice, quality } = example
  const display = QUALITY_DISPLAY[quality]
  const professional = found.frontmatter.spokes.find((s) => s.dilemma === dilemma.id)?.professionalLabel
  return (
    <section aria-labelledby="uitleg-voorbeeld" className="space-y-3">
      <h2 id="uitleg-voorbeeld" className="text-2xl">
        Na elke keuze: uitleg met de wet erbij
      </h2>
      <p className="max-w-prose text-muted">
        Een voorbeeld uit het dilemma “{dilemma.frontmatter.title}”{professional ? ` (${professional})` : ''}
        {scene.title ? `, bij de situatie “${scene.title}”` : ''}. Zo ziet een deelnemer het na een keuze.
      </p>
      <article
        aria-labelledby="uitleg-voorbeeld-kop"
        className={`max-w-3xl space-y-4 rounded-lg border-l-8 p-6 ${display.tone}`}
      >
        <h3 id="uitleg-voorbeeld-kop" className="text-xl">
          <span aria-hidden="true">{display.symbol} </span>
          {display.heading}
        </h3>
        <p className="text-sm">Beoordeling van deze keuze: {display.label}.</p>
        <DilemmaView
          contentHash={dilemma.contentHash}
          code={dilemma.code}
          view={{ mode: 'feedback', sceneId: scene.id, choiceId: choice.id }}
        />
      </article>
    </section>
  )
}
