import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { requirePermission } from '@/lib/auth/session.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

export const metadata: Metadata = { title: 'Scenario’s' }

export default async function ScenariosPage() {
  await requirePermission('read:scenario-graph:any', { returnTo: '/scenarios' })
  const { cases } = getCatalog()
  return (
    <div className="space-y-8">
      <PageHeader title="Scenario’s" intro="De opbouw van elk dilemma: situaties, keuzes en eindes." />
      {cases.map((c) => (
        <section key={c.id} aria-labelledby={`case-${c.id}`} className="space-y-3">
          <h2 id={`case-${c.id}`} className="text-2xl">
            {c.frontmatter.title}
          </h2>
          <DataTable
            caption={`Dilemma’s van ${c.frontmatter.title}`}
            columns={['Dilemma', 'Situaties', 'Keuzes', 'Eindes']}
          >
            {c.dilemmas.map((d) => {
              const scenes = d.graph.nodes.filter((n) => n.kind === 'scene')
              return (
                <tr key={d.id} className="border-b border-line">
                  <td className="py-2 pr-4">
                    <Link href={`/scenarios/${c.id}/${d.id}`}>{d.frontmatter.title}</Link>
                  </td>
                  <td className="py-2 pr-4">{scenes.length}</td>
                  <td className="py-2 pr-4">{scenes.reduce((sum, s) => sum + s.choices.length, 0)}</td>
                  <td className="py-2">{d.graph.nodes.length - scenes.length}</td>
                </tr>
              )
            })}
          </DataTable>
        </section>
      ))}
    </div>
  )
}
