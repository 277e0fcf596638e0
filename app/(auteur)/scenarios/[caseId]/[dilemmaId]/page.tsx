import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { GraphDiagram, GraphLegend } from '@/components/authoring/graph-diagram'
import { DataTable } from '@/components/ui/data-table'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { hasPermission } from '@/lib/auth/permissions'
import { requirePermission } from '@/lib/auth/session.server'
import { currentFindings } from '@/lib/authoring/findings.server'
import { layoutDilemma } from '@/lib/authoring/layout'
import { getDilemma } from '@/lib/scenarios/catalog.server'

type Props = { params: Promise<{ caseId: string; dilemmaId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { caseId, dilemmaId } = await params
  return { title: `Schema: ${getDilemma(caseId, dilemmaId)?.frontmatter.title ?? 'dilemma'}` }
}

export default async function DilemmaGraphPage({ params }: Props) {
  const { caseId, dilemmaId } = await params
  const user = await requirePermission('read:scenario-graph:any', { returnTo: `/scenarios/${caseId}/${dilemmaId}` })
  const dilemma = getDilemma(caseId, dilemmaId)
  if (!dilemma) notFound()
  const canPreview = hasPermission(user.memberships, 'edit:scenario-graph:any')
  const findings = currentFindings(dilemma.file)
  const layout = layoutDilemma(dilemma.graph)
  const titleOf = new Map(layout.nodes.map((n) => [n.id, n.title]))
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Schema: ${dilemma.frontmatter.title}`}
        intro={`Bestand ${dilemma.file}, versie ${dilemma.contentHash}.`}
      />
      <section aria-labelledby="bevindingen" className="space-y-2">
        <h2 id="bevindingen" className="text-2xl">
          Controle
        </h2>
        {findings.length === 0 ? (
          <Notice tone="good">De validator vindt geen problemen in dit bestand.</Notice>
        ) : (
          <Notice tone="bad" title={`${findings.length} probleem/problemen gevonden`}>
            <ul className="list-disc pl-5 font-mono text-sm">
              {findings.map((p) => (
                <li key={`${p.line}:${p.column}:${p.code}`}>
                  {p.file}:{p.line}:{p.column} {p.message}
                </li>
              ))}
            </ul>
          </Notice>
        )}
      </section>
      <GraphLegend />
      <GraphDiagram layout={layout} title={dilemma.frontmatter.title} />
      <section aria-labelledby="tabel" className="space-y-2">
        <h2 id="tabel" className="text-2xl">
          Situaties en keuzes
        </h2>
        <DataTable
          caption="Alle situaties met hun keuzes, beoordeling en vervolg"
          columns={['Situatie', 'Keuze', 'Beoordeling', 'Naar']}
          className="text-sm"
        >
          {dilemma.graph.nodes.flatMap((node) =>
            node.kind === 'scene'
              ? node.choices.map((choice, index) => (
                  <tr key={`${node.id}-${choice.id}`} className="border-b border-line align-top">
                    {index === 0 ? (
                      <th scope="row" rowSpan={node.choices.length} className="py-2 pr-3 font-medium">
                        {node.title ?? node.id}
                        {canPreview ? (
                          <>
                            <br />
                            <Link
                              href={`/scenarios/${caseId}/${dilemmaId}/voorbeeld/${node.id}`}
                              className="font-normal"
                            >
                              Voorbeeld vanaf hier<span className="sr-only">: {node.title ?? node.id}</span>
                            </Link>
                          </>
                        ) : null}
                      </th>
                    ) : null}
                    <td className="py-2 pr-3">{choice.label}</td>
                    <td className="py-2 pr-3">{choice.quality ?? 'neutraal'}</td>
                    <td className="py-2">{titleOf.get(choice.to) ?? choice.to}</td>
                  </tr>
                ))
              : [],
          )}
        </DataTable>
      </section>
    </div>
  )
}
