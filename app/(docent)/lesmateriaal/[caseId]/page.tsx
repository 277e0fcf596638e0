import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DocentMaterialView } from '@/components/docent/docent-material'
import { PrintButton } from '@/components/docent/print-button'
import { CaseView } from '@/components/scenario/case-view'
import { requirePermission } from '@/lib/auth/session.server'
import { getCase } from '@/lib/scenarios/catalog.server'

type Props = { params: Promise<{ caseId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getCase((await params).caseId)
  return { title: found ? `Lesmateriaal: ${found.frontmatter.title}` : 'Lesmateriaal' }
}

// The handout for a whole case, made to print (docs/decisions/024-content-rules-and-docent-material.md): first the
// casusbeschrijving of the family on one A4 page, then one A4 page per dilemma with its docent material. The print
// styles (app/globals.css, `.print-sheet`) start each part on a new page and drop the site's navigation.
export default async function TeachingMaterialPage({ params }: Props) {
  const { caseId } = await params
  await requirePermission('manage:group:org', { returnTo: `/lesmateriaal/${caseId}` })
  const found = getCase(caseId)
  if (!found) notFound()
  const { frontmatter } = found
  return (
    <div className="space-y-8">
      <div className="space-y-3 print:hidden">
        <h1 className="text-3xl">Lesmateriaal: {frontmatter.title}</h1>
        <p className="max-w-prose text-muted">
          De casusbeschrijving en per dilemma de leerdoelen, vragen, werkvorm en juridische kern. Bij afdrukken komt elk
          deel op een eigen A4-pagina. Geen knop? Gebruik dan Afdrukken in het menu van je browser.
        </p>
        <PrintButton />
      </div>

      <article aria-labelledby="casus" className="print-sheet print-casus card space-y-4">
        <h2 id="casus" className="text-2xl">
          Casus: {frontmatter.title}
        </h2>
        <p className="font-medium">{frontmatter.summary}</p>
        <section aria-labelledby="gezin" className="space-y-1">
          <h3 id="gezin" className="font-semibold">
            Het gezin
          </h3>
          <ul className="list-disc pl-6">
            {frontmatter.members.map((member) => (
              <li key={member.id}>
                <strong>
                  {member.name} ({member.age})
                </strong>
                : {member.description}
              </li>
            ))}
          </ul>
        </section>
        <CaseView contentHash={found.contentHash} code={found.code} />
        {frontmatter.tijdlijn ? (
          <section aria-labelledby="tijdlijn" className="space-y-1">
            <h3 id="tijdlijn" className="font-semibold">
              Tijdlijn
            </h3>
            <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1">
              {frontmatter.tijdlijn.map((event) => (
                <div key={`${event.wanneer}-${event.wat}`} className="contents">
                  <dt className="font-medium">{event.wanneer}</dt>
                  <dd>{event.wat}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}
      </article>

      {found.dilemmas.map((dilemma) => {
        const spoke = frontmatter.spokes.find((s) => s.dilemma === dilemma.id)
        return (
          <article
            key={dilemma.id}
            aria-labelledby={`dilemma-${dilemma.id}`}
            className="print-sheet print-dilemma card space-y-4"
          >
            <div>
              <p className="text-muted">
                {spoke ? `${spoke.professionalLabel} · ${spoke.domainLabel}` : null} · ongeveer{' '}
                {dilemma.frontmatter.minutes} minuten spelen
              </p>
              <h2 id={`dilemma-${dilemma.id}`} className="text-2xl">
                {dilemma.frontmatter.title}
              </h2>
              <p>{dilemma.frontmatter.summary}</p>
            </div>
            {dilemma.frontmatter.docent ? (
              <DocentMaterialView material={dilemma.frontmatter.docent} />
            ) : (
              <p className="text-muted">Voor dit dilemma is nog geen lesmateriaal geschreven.</p>
            )}
            {dilemma.frontmatter.reflectie ? (
              <p>
                <strong>Reflectievraag voor de student (na het spelen):</strong> {dilemma.frontmatter.reflectie}
              </p>
            ) : null}
          </article>
        )
      })}
    </div>
  )
}
