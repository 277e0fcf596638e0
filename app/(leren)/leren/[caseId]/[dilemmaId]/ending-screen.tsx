import Link from 'next/link'
import { AgreementBoxes } from '@/components/agreements/agreement-box'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { endingVerdict, QUALITY_DISPLAY } from '@/components/scenario/quality'
import { FocusHeading } from '@/components/ui/focus-heading'
import { findNode } from '@/lib/engine/moves'
import { BEHAALD_MIN_SCORE, isBehaald } from '@/lib/engine/scoring'
import { startAttemptAction } from './actions'
import { MoveFields } from './hidden-fields'
import { Oplossingsrichting } from './oplossingsrichting'
import { RouteReview, ratedSteps } from './route-review'
import type { AgreementScreenProps } from './screen-props'

/**
 * The outcome in words that match it, the learner's route with the feedback on every choice that was not passend,
 * and the oplossingsrichting: the text of the passend ending, which a learner who ended elsewhere reads too.
 */
export function EndingScreen({ caseId, dilemma, state, agreements }: AgreementScreenProps) {
  const ending = findNode(dilemma.graph, state.scene)
  if (ending?.kind !== 'ending') return null
  const outcome = QUALITY_DISPLAY[ending.outcome]
  const steps = ratedSteps(state.path)
  const wrong = steps.filter((step) => step.quality !== 'passend').length
  const reachedPassend = ending.outcome === 'passend'
  return (
    <div className="space-y-8">
      <section aria-labelledby="einde-titel" className={`space-y-4 rounded-lg border-l-8 p-6 ${outcome.tone}`}>
        <FocusHeading className="text-2xl">
          <span id="einde-titel">Einde: {ending.title}</span>
        </FocusHeading>
        <p className="text-lg font-semibold">
          <span aria-hidden="true">{outcome.symbol} </span>
          {endingVerdict(ending.outcome, wrong)}
        </p>
        <p>
          Uitkomst: <strong>{outcome.label}</strong>
          {state.score !== null ? (
            <>
              {' '}
              · Je score: <strong>{state.score}%</strong>
            </>
          ) : null}
        </p>
        <p>
          {isBehaald(ending.outcome, state.score)
            ? 'Met deze poging heb je het dilemma behaald.'
            : `Deze poging telt niet als behaald: daarvoor eindig je passend met een score van minstens ${BEHAALD_MIN_SCORE}%.`}
        </p>
        {reachedPassend ? (
          <p>Dit is het passende einde. Wat hieronder staat, is de oplossingsrichting: zo pak je het aan.</p>
        ) : null}
        <DilemmaView
          contentHash={dilemma.contentHash}
          code={dilemma.code}
          view={{ mode: 'ending', endingId: ending.id, flags: state.flags }}
        />
      </section>
      {dilemma.frontmatter.reflectie ? (
        // Shown to think about, not answered here: nothing the learner thinks is stored.
        <section aria-labelledby="reflectie-titel" className="card space-y-2">
          <h2 id="reflectie-titel" className="text-2xl">
            Om over na te denken
          </h2>
          <p className="text-lg">{dilemma.frontmatter.reflectie}</p>
        </section>
      ) : null}
      <RouteReview dilemma={dilemma} steps={steps} />
      {reachedPassend ? null : <Oplossingsrichting dilemma={dilemma} />}
      {agreements.length > 0 ? (
        <section aria-labelledby="afspraken-titel" className="space-y-3">
          <h2 id="afspraken-titel" className="text-2xl">
            Lokale afspraken
          </h2>
          <AgreementBoxes
            agreements={agreements}
            aboutOf={(agreement) => {
              if (!agreement.sceneId) return 'Over dit hele dilemma'
              const node = findNode(dilemma.graph, agreement.sceneId)
              return `Bij het beslismoment “${node?.kind === 'scene' ? (node.title ?? node.id) : agreement.sceneId}”`
            }}
          />
        </section>
      ) : null}
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
