import { getDilemma } from '@/lib/scenarios/catalog.server'
import type { PlayableDilemma } from './attempts.server'

/** The dilemma as the recorder needs it, or undefined when the case or dilemma does not exist. */
export function playableDilemma(caseId: string, dilemmaId: string): PlayableDilemma | undefined {
  const dilemma = getDilemma(caseId, dilemmaId)
  if (!dilemma) return undefined
  return { caseId, dilemmaId, contentHash: dilemma.contentHash, graph: dilemma.graph }
}
