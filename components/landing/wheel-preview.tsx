import type { WheelSpoke } from '@/components/levenswiel/types'
import { WheelSvg } from '@/components/levenswiel/wheel-svg'
import type { CatalogCase } from '@/lib/scenarios/catalog'

/**
 * The case's levenswiel as a visitor sees it before signing in: no progress, no links, with the spokes as a list
 * beside it (the text alternative, and a table of contents of the case).
 */
export function WheelPreview({ found }: { found: CatalogCase }) {
  const written = new Map(found.dilemmas.map((d) => [d.id, d]))
  const spokes: WheelSpoke[] = found.frontmatter.spokes.map((spoke) => ({
    dilemmaId: spoke.dilemma,
    domainLabel: spoke.domainLabel,
    professionalLabel: spoke.professionalLabel,
    title: written.get(spoke.dilemma)?.frontmatter.title,
    status: written.has(spoke.dilemma) ? 'niet-gestart' : 'binnenkort',
  }))
  return (
    <section aria-labelledby="wiel-voorbeeld" className="grid items-center gap-6 md:grid-cols-5">
      <div className="space-y-3 md:col-span-2">
        <h2 id="wiel-voorbeeld" className="text-2xl">
          Het levenswiel van {found.frontmatter.title}
        </h2>
        <p className="text-muted">{found.frontmatter.summary}</p>
        <ol aria-label="De professionals in het levenswiel" className="space-y-1">
          {spokes.map((spoke) => (
            <li key={spoke.dilemmaId}>
              <span className="font-semibold">{spoke.domainLabel}</span> · {spoke.professionalLabel}
              {spoke.title ? `: ${spoke.title}` : ' (binnenkort)'}
            </li>
          ))}
        </ol>
      </div>
      <div className="md:col-span-3">
        <WheelSvg
          caseTitle={found.frontmatter.title}
          memberNames={found.frontmatter.members.map((m) => m.name)}
          spokes={spokes}
        />
      </div>
    </section>
  )
}
