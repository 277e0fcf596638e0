import Link from 'next/link'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import { FocusHeading } from '@/components/ui/focus-heading'
import { findNode } from '@/lib/engine/moves'
import { startAttemptAction } from './actions'
import { MoveFields } from './hidden-fields'
import type { ScreenProps } from './screen-props'

/** The outcome, the oplossingsrichting, and the path taken with the feedback on every step. */
export function EndingScreen({ caseId, dilemma, state }: ScreenProps) {
  const ending = findNode(dilemma.graph, state.scene)
  if (ending?.kind !== 'ending') return null
  const outcome = QUALITY_DISPLAY[ending.outcome]
  const steps = state.path.flatMap((step, index) => {
    const from = state.path[index - 1]
    return step.choiceId && step.quality && from
      ? [{ from: from.scene, choiceId: step.choiceId, quality: step.quality }]
      : []
  })
  return (
    <div className="space-y-8">
      <section aria-labelledby="einde-titel" className={`space-y-4 rounded-lg border-l-8 p-6 ${outcome.tone}`}>
        <FocusHeading className="text-2xl">
          <span id="einde-titel">Einde: {ending.title}</span>
        </FocusHeading>
        <p>
          <span aria-hidden="true">{outcome.symbol} </span>
          Uitkomst: <strong>{outcome.label}</strong>
          {state.score !== null ? (
            <>
              {' '}
              · Je score: <strong>{state.score}%</strong>
            </>
          ) : null}
        </p>
        <DilemmaView
          contentHash={dilemma.contentHash}
          code={dilemma.code}
          view={{ mode: 'ending', endingId: ending.id, flags: state.flags }}
        />
      </section>
      <section aria-labelledby="pad-titel" className="space-y-3">
        <h2 id="pad-titel" className="text-2xl">
          Jouw route en de uitleg
        </h2>
        <ol className="space-y-2">
          {steps.map((step, index) => (
            <li key={`${step.from}-${step.choiceId}`}>
              <details className="card p-4">
                <summary className="cursor-pointer font-medium">
                  Keuze {index + 1}: {QUALITY_DISPLAY[step.quality].label}
                </summary>
                <div className="mt-3">
                  <DilemmaView
                    contentHash={dilemma.contentHash}
                    code={dilemma.code}
                    view={{ mode: 'feedback', sceneId: step.from, choiceId: step.choiceId }}
                  />
                </div>
              </details>
            </li>
          ))}
        </ol>
      </section>
      <div className="flex flex-wrap gap-3">
        <form action={startAttemptAction}>
          <MoveFields caseId={caseId} dilemmaId={dilemma.id} />
          <button type="submit" className="btn-primary">
            Opnieuw spelen
          </button>
        </form>
        <Link href={`/leren/${caseId}`} className="btn-secondary">
          Terug naar het levenswiel
        </Link>
      </div>
    </div>
  )
}
