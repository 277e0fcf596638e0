import { getCatalog, getDilemma } from '@/lib/scenarios/catalog.server'
import { type AgreementTarget, targetKey } from './schema'

// What an afspraak can be about: every dilemma of the catalog, and every decision point in it (a scene with at least
// two choices, where a learner gets feedback: the same scenes the knelpunten are about).

export type TargetOption = AgreementTarget & { key: string; dilemmaTitle: string; label: string }

export function agreementTargets(): TargetOption[] {
  return getCatalog().cases.flatMap((c) =>
    c.dilemmas.flatMap((d) => {
      const dilemmaTitle = d.frontmatter.title
      const whole: TargetOption = {
        caseId: c.id,
        dilemmaId: d.id,
        sceneId: null,
        key: targetKey({ caseId: c.id, dilemmaId: d.id, sceneId: null }),
        dilemmaTitle,
        label: `${dilemmaTitle}: het hele dilemma`,
      }
      const scenes = d.graph.nodes.flatMap((node) =>
        node.kind === 'scene' && node.choices.length >= 2
          ? [
              {
                caseId: c.id,
                dilemmaId: d.id,
                sceneId: node.id,
                key: targetKey({ caseId: c.id, dilemmaId: d.id, sceneId: node.id }),
                dilemmaTitle,
                label: `${dilemmaTitle}: beslismoment “${node.title ?? node.id}”`,
              },
            ]
          : [],
      )
      return [whole, ...scenes]
    }),
  )
}

/** The target as shown to people, or undefined when the dilemma or decision point no longer exists. */
export function describeTarget(target: AgreementTarget): TargetOption | undefined {
  if (!getDilemma(target.caseId, target.dilemmaId)) return undefined
  const key = targetKey(target)
  return agreementTargets().find((option) => option.key === key)
}
