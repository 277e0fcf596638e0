import type { Metadata } from 'next'
import Link from 'next/link'
import { BarChart } from '@/components/charts/bar-chart'
import { CsvLinks, ReportFrame } from '@/components/reports/report-frame'
import { QUALITY_DISPLAY } from '@/components/scenario/quality'
import {
  type DecisionPointInsight,
  decisionPointInsight,
  insightPeriods,
  knelpunten,
} from '@/lib/reports/insight.server'
import { reportPageContext } from '@/lib/reports/page-context.server'
import { previousPeriod } from '@/lib/reports/periods'
import { MAX_NOISE } from '@/lib/reports/perturbation'
import { CELL_MINIMUM, MIN_RESPONDENTS } from '@/lib/reports/suppression'
import { HIDDEN_CELL, insightTable } from '@/lib/reports/tables.server'

export const metadata: Metadata = { title: 'Rapportage: inzicht' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function InsightReportPage({ searchParams }: Props) {
  const { organisation, organisations, filters, teams, context, query } = await reportPageContext(
    await searchParams,
    '/rapportage/inzicht',
  )
  const periods = await insightPeriods(organisation.id)
  const frame = {
    current: '/rapportage/inzicht' as const,
    organisation,
    organisations,
    input: filters.input,
    caseProblem: filters.caseProblem,
    teams,
    periods,
    intro: `Hoe medewerkers kozen bij elk beslismoment, op basis van hun eerste antwoord, per maand, kwartaal of jaar. Een beslismoment verschijnt pas vanaf ${MIN_RESPONDENTS} antwoorden; kleine aantallen (minder dan ${CELL_MINIMUM}) worden verborgen, en elk aantal is een klein beetje verschoven (hooguit ${MAX_NOISE} erbij of eraf), zodat je nooit kunt afleiden wat één collega koos.`,
  }
  if (!filters.insightPeriod.ok)
    return (
      <ReportFrame {...frame}>
        <div role="alert" className="rounded-md border-l-4 border-bad bg-bad-soft p-4">
          <h2 className="text-xl">Deze periode kan niet</h2>
          <p>{filters.insightPeriod.error}</p>
        </div>
      </ReportFrame>
    )
  const period = filters.insightPeriod.period
  const previous = previousPeriod(period)
  const [{ points }, before] = await Promise.all([
    insightTable(context),
    previous ? decisionPointInsight(organisation.id, { ...scopeOf(filters), period: previous }) : Promise.resolve([]),
  ])
  const hotspots = knelpunten(points)
  const earlier = new Map(before.map((p) => [`${p.caseId}/${p.dilemmaId}/${p.sceneId}`, p]))
  const keep = organisations.length > 1 ? `?organisatie=${organisation.id}` : ''
  const byDilemma = new Map<string, typeof points>()
  for (const p of points)
    byDilemma.set(`${p.caseId}/${p.dilemmaId}`, [...(byDilemma.get(`${p.caseId}/${p.dilemmaId}`) ?? []), p])

  return (
    <ReportFrame {...frame}>
      <section aria-labelledby="knelpunten" className="space-y-3">
        <h2 id="knelpunten" className="text-2xl">
          Knelpunten
        </h2>
        <p className="text-muted">
          Elk beslismoment met genoeg antwoorden ({period.label.toLowerCase()}), gerangschikt naar het deel van de
          medewerkers dat eerst een riskante of onjuiste keuze maakte.
          {previous ? ` Ter vergelijking: ${previous.label}.` : ''}
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
                {previous ? (
                  <Trend
                    now={p}
                    before={earlier.get(`${p.caseId}/${p.dilemmaId}/${p.sceneId}`)}
                    label={previous.label}
                  />
                ) : null}
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
                      label: `${c.quality ? `${QUALITY_DISPLAY[c.quality].symbol} ${QUALITY_DISPLAY[c.quality].label}: ` : ''}${c.label}`,
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

function scopeOf(filters: { teamId?: string; dilemma?: { caseId: string; dilemmaId: string }; caseId?: string }) {
  return { teamId: filters.teamId, dilemma: filters.dilemma, caseId: filters.caseId }
}

/** The same knelpunt in the previous period: its share then, and the change in percentage points. */
function Trend({ now, before, label }: { now: DecisionPointInsight; before?: DecisionPointInsight; label: string }) {
  if (!before?.shown || before.riskShare === null)
    return <p className="text-sm text-muted">{label}: te weinig antwoorden om te vergelijken.</p>
  const then = Math.round(before.riskShare * 100)
  const change = Math.round((now.riskShare ?? 0) * 100) - then
  const word = change > 0 ? `${change} procentpunt meer` : change < 0 ? `${-change} procentpunt minder` : 'even veel'
  return (
    <p className="text-sm text-muted">
      {label}: {then}% ({word})
    </p>
  )
}
