import type { WheelSpoke } from '@/components/levenswiel/types'
import { getCase } from '@/lib/scenarios/catalog.server'
import { standingLabel, standingsInCase } from './standing.server'

/** The levenswiel of a case for one learner: one spoke per planned dilemma, with their standing from the read model. */
export async function wheelSpokes(userId: string, caseId: string): Promise<WheelSpoke[] | null> {
  const found = getCase(caseId)
  if (!found) return null
  const progress = await standingsInCase(userId, caseId)
  const written = new Map(found.dilemmas.map((d) => [d.id, d]))
  return found.frontmatter.spokes.map((spoke) => {
    const dilemma = written.get(spoke.dilemma)
    const mine = progress.get(spoke.dilemma)
    return {
      dilemmaId: spoke.dilemma,
      href: dilemma ? `/leren/${caseId}/${spoke.dilemma}` : undefined,
      domainLabel: spoke.domainLabel,
      professionalLabel: spoke.professionalLabel,
      title: dilemma?.frontmatter.title,
      status: dilemma ? (mine ? standingLabel(mine) : 'niet-gestart') : 'binnenkort',
      score: mine?.bestScore ?? undefined,
    }
  })
}
