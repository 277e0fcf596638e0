import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Levenswiel } from '@/components/levenswiel/levenswiel'
import { requirePermission } from '@/lib/auth/session.server'
import { wheelSpokes } from '@/lib/progress/wheel.server'
import { getCase } from '@/lib/scenarios/catalog.server'

type Params = { params: Promise<{ caseId: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = getCase((await params).caseId)
  return { title: found ? `Levenswiel: ${found.frontmatter.title}` : 'Levenswiel' }
}

export default async function CasePage({ params }: Params) {
  const { caseId } = await params
  const user = await requirePermission('play:scenario:own', { returnTo: `/leren/${caseId}` })
  const found = getCase(caseId)
  if (!found) notFound()
  const spokes = (await wheelSpokes(user.id, caseId)) ?? []
  const behaald = spokes.filter((s) => s.status === 'behaald').length
  const notYet = spokes.filter((s) => s.status === 'afgerond-niet-behaald').length
  const available = spokes.filter((s) => s.status !== 'binnenkort').length
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl">{found.frontmatter.title}</h1>
        <p className="mt-2 max-w-prose text-lg text-muted">{found.frontmatter.summary}</p>
        <p className="mt-2">
          Je hebt {behaald} van de {available} beschikbare dilemma’s behaald.
          {notYet > 0 ? ` ${notYet} afgerond maar nog niet behaald: speel ze opnieuw.` : null}
        </p>
      </div>
      <Levenswiel
        caseTitle={found.frontmatter.title}
        memberNames={found.frontmatter.members.map((m) => m.name)}
        spokes={spokes}
      />
      <section aria-labelledby="gezin" className="space-y-2">
        <h2 id="gezin" className="text-2xl">
          Het gezin
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {found.frontmatter.members.map((member) => (
            <li key={member.id} className="card p-4">
              <span className="font-semibold">
                {member.name} ({member.age})
              </span>
              <span className="block text-muted">{member.description}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
