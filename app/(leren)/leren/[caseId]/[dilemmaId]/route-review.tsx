import { DilemmaView } from '@/components/scenario/dilemma-view'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import type { PathStep } from '@/lib/engine/path'
import type { Quality } from '@/lib/scenarios/schema'

export type RatedStep = { from: string; choiceId: string; quality: Quality }

/**
 * The rated choices of the route finally taken, in order. The path holds only what was not taken back with "Terug",
 * so undone choices do not show (as they do not count in the score).
 */
export function ratedSteps(path: readonly PathStep[]): RatedStep[] {
  return path.flatMap((step, index) => {
    const from = path[index - 1]
    return step.choiceId && step.quality && from
      ? [{ from: from.scene, choiceId: step.choiceId, quality: step.quality }]
      : []
  })
}

/**
 * Every rated choice with its feedback. A choice that was not passend is what the learner most needs to read, so its
 * feedback is open; passend ones stay folded.
 */
export function RouteReview({
  dilemma,
  steps,
}: {
  dilemma: { contentHash: string; code: string }
  steps: RatedStep[]
}) {
  const wrong = steps.filter((step) => step.quality !== 'passend').length
  return (
    <section aria-labelledby="pad-titel" className="space-y-3">
      <h2 id="pad-titel" className="text-2xl">
        Jouw route en de uitleg
      </h2>
      <p>
        {wrong === 0
          ? 'Al je keuzes waren passend.'
          : `${wrong === 1 ? 'Eén keuze was' : `${wrong} keuzes waren`} niet passend. De uitleg daarvan staat hieronder open.`}
      </p>
      <ol className="space-y-2">
        {steps.map((step, index) => {
          const display = QUALITY_DISPLAY[step.quality]
          const title = `Keuze ${index + 1}: ${display.label}`
          const feedback = (
            <DilemmaView
              contentHash={dilemma.contentHash}
              code={dilemma.code}
              view={{ mode: 'feedback', sceneId: step.from, choiceId: step.choiceId }}
            />
          )
          return (
            <li key={`${step.from}-${step.choiceId}`}>
              {step.quality === 'passend' ? (
                <details className="card p-4">
                  <summary className="cursor-pointer font-medium">
                    <span aria-hidden="true">{display.symbol} </span>
                    {title}
                  </summary>
                  <div className="mt-3">{feedback}</div>
                </details>
              ) : (
                <article aria-label={title} className={`space-y-3 rounded-lg border-l-8 p-4 ${display.tone}`}>
                  <h3 className="text-lg">
                    <span aria-hidden="true">{display.symbol} </span>
                    {title}
                  </h3>
                  {feedback}
                </article>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
