import { DilemmaView } from '@/components/scenario/dilemma-view'
import { FocusHeading } from '@/components/ui/focus-heading'
import { findNode } from '@/lib/engine/moves'
import { displayedChoices } from '@/lib/engine/shuffle'
import { moveAction } from './actions'
import { MoveFields } from './hidden-fields'
import { ProgressBar } from './progress-bar'
import type { ScreenProps } from './screen-props'

export function SceneScreen({ caseId, dilemma, state }: ScreenProps) {
  const node = findNode(dilemma.graph, state.scene)
  // Shown in this attempt's own order, so position says nothing about quality; the same on every visit.
  const order = displayedChoices(dilemma.graph, state, state.attemptId).map((choice) => choice.id)
  const fields = { caseId, dilemmaId: dilemma.id, attemptId: state.attemptId, step: state.step + 1 }
  return (
    <section aria-labelledby="scene-titel" className="space-y-6">
      <ProgressBar graph={dilemma.graph} scene={state.scene} stepsTaken={state.path.length - 1} />
      <div className="card space-y-4">
        <FocusHeading className="text-2xl">
          <span id="scene-titel">{node?.kind === 'scene' ? (node.title ?? 'Wat doe je?') : 'Wat doe je?'}</span>
        </FocusHeading>
        <DilemmaView
          contentHash={dilemma.contentHash}
          code={dilemma.code}
          view={{
            mode: 'scene',
            sceneId: state.scene,
            flags: state.flags,
            offered: order,
            order,
            renderChoice: (choiceId, label) => (
              <form key={choiceId} action={moveAction} className="choice">
                <MoveFields {...fields} />
                <input type="hidden" name="kind" value="choice" />
                <input type="hidden" name="choiceId" value={choiceId} />
                <button
                  type="submit"
                  className="w-full cursor-pointer rounded-md border-2 border-brand bg-white p-4 text-left hover:bg-brand-soft"
                >
                  {label}
                </button>
              </form>
            ),
          }}
        />
      </div>
      {state.path.length > 1 ? (
        <form action={moveAction}>
          <MoveFields {...fields} />
          <input type="hidden" name="kind" value="back" />
          <button type="submit" className="btn-secondary">
            <span aria-hidden="true">←</span> Terug naar de vorige situatie
          </button>
        </form>
      ) : null}
    </section>
  )
}
