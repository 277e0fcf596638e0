import type { Metadata } from 'next'
import Link from 'next/link'
import { BarChart } from '@/components/charts/bar-chart'
import { CsvLinks, ReportFrame } from '@/components/reports/report-frame'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import { knelpunten } from '@/lib/reports/insight.server'
import { reportPageContext } from '@/lib/reports/page-context.server'
import { CELL_MINIMUM, MIN_RESPONDENTS } from '@/lib/reports/suppression'
import { HIDDEN_CELL, insightTable } from '@/lib/reports/tables.server'

export const metadata: Metadata = { title: 'Rapportage: inzicht' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function InsightReportPage({ searchParams }: Props) {
  const { organisation, organisations, filters, teams, context, query } = await reportPageContext(
    await searchParams,
    '/rapportage/inzicht',
  )
  const { points } = await insightTable(context)
  const hotspots = knelpunten(points)
  const keep = organisations.length > 1 ? `?organisatie=${organisation.id}` : ''
  const byDilemma = new Map<string, typeof points>()
  for (const p of points)
    byDilemma.set(`${p.caseId}/${p.dilemmaId}`, [...(byDilemma.get(`${p.caseId}/${p.dilemmaId}`) ?? []), p])

  return (
    <ReportFrame
      current="/rapportage/inzicht"
      organisation={organisation}
      organisations={organisations}
      input={filters.input}
      teams={teams}
      intro={`Hoe medewerkers kozen bij elk beslismoment, op basis van hun eerste antwoord. Een beslismoment verschijnt pas vanaf ${MIN_RESPONDENTS} antwoorden; kleine aantallen (minder dan ${CELL_MINIMUM}) worden verborgen.`}
    >
      <section aria-labelledby="knelpunten" className="space-y-3">
        <h2 id="knelpunten" className="text-2xl">
          Knelpunten
        </h2>
        <p className="text-muted">
          De beslismomenten waar de meeste medewerkers eerst een riskante of onjuiste keuze maakten.
        </p>
        {hotspots.length === 0 ? (
          <p className="text-muted">
            Er zijn nog geen knelpunten te tonen: te weinig antwoorden, of iedereen koos passend.
          </p>
        ) : (
          <ol className="space-y-2">
            {hotspots.map((p) => (
              <li key={`${p.caseId}/${p.dilemmaId}/${p.sceneId}`} className="card">
                <Link href={`/rapportage/inzicht/${p.caseId}/${p.dilemmaId}/${p.sceneId}${keep}`}>
                  {p.dilemmaTitle}: {p.sceneTitle}
                </Link>
                <p>
                  {Math.round((p.riskShare ?? 0) * 100)}% koos eerst riskant of onjuist ({p.respondents} antwoorden)
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="beslismomenten" className="space-y-6">
        <h2 id="beslismomenten" className="text-2xl">
          Alle beslismomenten
        </h2>
        <CsvLinks table="inzicht" query={query} label="Alle beslismomenten" />
        {[...byDilemma.values()].map((dilemmaPoints) => (
          <section key={`${dilemmaPoints[0]?.caseId}/${dilemmaPoints[0]?.dilemmaId}`} className="space-y-4">
            <h3 className="text-xl">{dilemmaPoints[0]?.dilemmaTitle}</h3>
            {dilemmaPoints.map((p) => (
              <div key={p.sceneId} className="card space-y-2">
                <h4 className="font-semibold">
                  <Link href={`/rapportage/inzicht/${p.caseId}/${p.dilemmaId}/${p.sceneId}${keep}`}>
                    {p.sceneTitle}
                  </Link>
                </h4>
                {p.shown ? (
                  <BarChart
                    title={`${p.sceneTitle}: eerste keuzes (${p.respondents} antwoorden)`}
                    data={p.choices.map((c) => ({
                      label: `${c.quality ? `${QUALITY_DISPLAY[c.quality].symbol} ` : ''}${c.label}`,
                      value: c.count ?? 0,
                      note: c.hidden ? HIDDEN_CELL : undefined,
                      hidden: c.hidden,
                    }))}
                  />
                ) : (
                  <p className="text-muted">
                    Te weinig antwoorden om te tonen (
                    {p.respondents < MIN_RESPONDENTS ? `minder dan ${MIN_RESPONDENTS}` : p.respondents}).
                  </p>
                )}
              </div>
            ))}
          </section>
        ))}
      </section>
    </ReportFrame>
  )
}
