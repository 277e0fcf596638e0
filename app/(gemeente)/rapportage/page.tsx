import type { Metadata } from 'next'
import { BarChart } from '@/components/charts/bar-chart'
import { CsvLinks, ReportFrame } from '@/components/reports/report-frame'
import { ReportTableView } from '@/components/reports/report-table'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import { reportPageContext } from '@/lib/reports/page-context.server'
import { dilemmaTable, teamTable, weekTable } from '@/lib/reports/tables.server'

export const metadata: Metadata = { title: 'Rapportage: voltooiing' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CompletionReportPage({ searchParams }: Props) {
  const { organisation, organisations, filters, teams, modules, chosen, context, query } = await reportPageContext(
    await searchParams,
    '/rapportage',
  )
  const [{ report, table: perDilemma }, perWeek, perTeam] = await Promise.all([
    dilemmaTable(context),
    weekTable(context),
    teamTable(context),
  ])
  return (
    <ReportFrame
      current="/rapportage"
      organisation={organisation}
      organisations={organisations}
      input={filters.input}
      teams={teams}
      intro={`Wie de training volgt, afrondt en behaalt (een passend einde met minstens ${BEHAALD_MIN_SCORE}%). Je ziet hier nooit welke keuzes één persoon maakte.`}
    >
      <section aria-labelledby="samenvatting" className="space-y-3">
        <h2 id="samenvatting" className="text-2xl">
          Samenvatting
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="card">
            <dt className="text-muted">Deelnemers</dt>
            <dd className="text-3xl font-semibold">{report.learners.toLocaleString('nl-NL')}</dd>
          </div>
          <div className="card">
            <dt className="text-muted">Alle verplichte modules afgerond</dt>
            <dd className="text-3xl font-semibold">{report.completedAll.toLocaleString('nl-NL')}</dd>
          </div>
          <div className="card">
            <dt className="text-muted">Alle verplichte modules behaald</dt>
            <dd className="text-3xl font-semibold">{report.behaaldAll.toLocaleString('nl-NL')}</dd>
            <dd className="text-sm text-muted">passend einde, score minstens {BEHAALD_MIN_SCORE}%</dd>
          </div>
          <div className="card">
            <dt className="text-muted">Verplichte modules</dt>
            <dd className="text-3xl font-semibold">{modules.length}</dd>
            <dd className="text-sm text-muted">{chosen ? 'door jullie gekozen' : 'alle dilemma’s (standaard)'}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="per-dilemma" className="space-y-3">
        <h2 id="per-dilemma" className="text-2xl">
          Per dilemma
        </h2>
        {perDilemma.rows.length > 0 ? (
          <BarChart
            title="Afgerond per dilemma"
            data={perDilemma.rows.map((row) => ({ label: String(row[0]), value: Number(row[2] ?? 0) }))}
            tableId="tabel-per-dilemma"
          />
        ) : null}
        <ReportTableView
          id="tabel-per-dilemma"
          table={perDilemma}
          empty="Nog niemand is aan een dilemma begonnen in deze periode."
          percentColumns={[4, 5]}
        />
        <CsvLinks table="dilemmas" query={query} label="Deze tabel" />
      </section>

      <section aria-labelledby="per-week" className="space-y-3">
        <h2 id="per-week" className="text-2xl">
          Afgerond per week
        </h2>
        {perWeek.rows.length > 0 ? (
          <BarChart
            title="Afgeronde dilemma’s per week"
            data={perWeek.rows.map((row) => ({ label: String(row[0]), value: Number(row[1] ?? 0) }))}
            tableId="tabel-per-week"
          />
        ) : null}
        <ReportTableView id="tabel-per-week" table={perWeek} empty="In deze periode is nog geen dilemma afgerond." />
        <CsvLinks table="weken" query={query} label="Deze tabel" />
      </section>

      <section aria-labelledby="per-team" className="space-y-3">
        <h2 id="per-team" className="text-2xl">
          Per team
        </h2>
        <ReportTableView table={perTeam} empty="Deze organisatie heeft nog geen teams." percentColumns={[4, 5]} />
        <CsvLinks table="teams" query={query} label="Deze tabel" />
      </section>
    </ReportFrame>
  )
}
