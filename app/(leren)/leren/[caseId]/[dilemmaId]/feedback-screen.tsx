import Link from 'next/link'
import { AgreementBoxes } from '@/components/agreements/agreement-box'
import { DilemmaView } from '@/components/scenario/dilemma-view'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import { FocusHeading } from '@/components/ui/focus-heading'
import type { AgreementScreenProps } from './screen-props'

/** The feedback on the choice just made, with the gemeente's afspraken for this decision point, before moving on. */
export function FeedbackScreen({ caseId, dilemma, state, agreements }: AgreementScreenProps) {
  const last = state.path[state.path.length - 1]
  const from = state.path[state.path.length - 2]
  if (!last?.choiceId || !last.quality || !from) return null
  const display = QUALITY_DISPLAY[last.quality]
  return (
    <section aria-labelledby="feedback-titel" className={`space-y-4 rounded-lg border-l-8 p-6 ${display.tone}`}>
      <FocusHeading className="text-2xl">
        <span id="feedback-titel">
          <span aria-hidden="true">{display.symbol} </span>
          {display.heading}
        </span>
      </FocusHeading>
      <p className="text-sm">Beoordeling van je keuze: {display.label}.</p>
      <DilemmaView
        contentHash={dilemma.contentHash}
        code={dilemma.code}
        view={{ mode: 'feedback', sceneId: from.scene, choiceId: last.choiceId }}
      />
      <AgreementBoxes agreements={agreements.filter((agreement) => agreement.sceneId === from.scene)} />
      <Link href={`/leren/${caseId}/${dilemma.id}?verder=${state.step}`} className="btn-primary">
        Verder <span aria-hidden="true">→</span>
      </Link>
    </section>
  )
}
