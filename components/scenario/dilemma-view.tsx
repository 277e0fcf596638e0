// biome-ignore-all lint/correctness/noComponentHookFactories: the structural components close over the view being rendered; they are hook-free server components, recreated per render by design.
import { Children, isValidElement, type ReactNode } from 'react'
import { LawRef } from './law-ref'
import { mdxComponent } from './mdx-runtime.server'
import { Term } from './term'
import { Vuistregel } from './vuistregel'

// Renders one part of a compiled dilemma on the server. The same MDX is rendered in three views: a scene with the
// choices on offer, the feedback of one choice, or an ending. The structural components decide per view what shows.

export type DilemmaViewMode =
  | {
      mode: 'scene'
      sceneId: string
      flags: string[]
      offered: string[]
      /**
       * The offered choice ids in the order to show them (the attempt's shuffled order, lib/engine/shuffle.ts). The
       * choices fill the places where the author wrote them, so prose around them stays put. Without it: file order.
       */
      order?: readonly string[]
      renderChoice: (id: string, label: ReactNode) => ReactNode
    }
  | {
      mode: 'feedback'
      sceneId: string
      choiceId: string
      /** What the choice is called above its text: "Jouw keuze" in the player, "Keuze B" on the live projector. */
      heading?: string
    }
  | { mode: 'ending'; endingId: string; flags: string[] }

type Props = { id: string; children?: ReactNode }

/** The text of a choice without its feedback, with paragraphs flattened so it can sit inside a button. */
function choiceLabel(children: ReactNode, Feedback: unknown): ReactNode {
  return Children.toArray(children)
    .filter((child) => !(isValidElement(child) && child.type === Feedback))
    .map((child, index) =>
      isValidElement<{ children?: ReactNode }>(child) && child.type === 'p' ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: static MDX content, order never changes
        <span key={index} className="block">
          {child.props.children}
        </span>
      ) : (
        child
      ),
    )
}

/**
 * The scene's children with its Choice elements (direct children of a Scene, as the format requires) rearranged:
 * the places where choices stand are filled in display order, one offered choice per place; places left over stay
 * empty. The prose between and around them is untouched.
 */
function inDisplayOrder(children: ReactNode, Choice: unknown, order: readonly string[]): ReactNode[] {
  const items = Children.toArray(children)
  const isChoice = (child: ReactNode) => isValidElement<Props>(child) && child.type === Choice
  const byId = new Map(items.filter(isChoice).map((child) => [(child as { props: Props }).props.id, child]))
  const shown = order.flatMap((id) => byId.get(id) ?? [])
  let next = 0
  return items.flatMap((child) => (isChoice(child) ? (next < shown.length ? [shown[next++]] : []) : [child]))
}

function componentsFor(view: DilemmaViewMode) {
  const flags = new Set('flags' in view ? view.flags : [])
  const Feedback = ({ children }: { children?: ReactNode }) =>
    view.mode === 'feedback' ? <div className="space-y-3">{children}</div> : null
  const Choice = ({ id, children }: Props) => {
    if (view.mode === 'scene')
      return view.offered.includes(id) ? view.renderChoice(id, choiceLabel(children, Feedback)) : null
    if (view.mode === 'feedback' && view.choiceId === id) {
      const feedback = Children.toArray(children).filter((child) => isValidElement(child) && child.type === Feedback)
      return (
        <div className="space-y-4">
          <div className="rounded-md bg-brand-soft p-4">
            <p className="text-sm font-semibold">{view.heading ?? 'Jouw keuze'}</p>
            {choiceLabel(children, Feedback)}
          </div>
          {feedback}
        </div>
      )
    }
    return null
  }
  const Scene = ({ id, children }: Props) => {
    if (view.mode === 'scene' && view.sceneId === id) {
      const content = view.order ? inDisplayOrder(children, Choice, view.order) : children
      return <div className="prose-deelwijs space-y-4">{content}</div>
    }
    if (view.mode === 'feedback' && view.sceneId === id) {
      return <>{Children.toArray(children).filter((child) => isValidElement(child) && child.type === Choice)}</>
    }
    return null
  }
  const Ending = ({ id, children }: Props) =>
    view.mode === 'ending' && view.endingId === id ? <div className="prose-deelwijs space-y-4">{children}</div> : null
  const When = ({ flag, children }: { flag: string; children?: ReactNode }) => (flags.has(flag) ? children : null)
  const Unless = ({ flag, children }: { flag: string; children?: ReactNode }) => (flags.has(flag) ? null : children)
  return { Scene, Choice, Feedback, Ending, When, Unless, LawRef, Vuistregel, Term }
}

export function DilemmaView({ contentHash, code, view }: { contentHash: string; code: string; view: DilemmaViewMode }) {
  const Content = mdxComponent(contentHash, code)
  return <Content components={componentsFor(view) as never} />
}
