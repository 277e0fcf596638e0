import type { Metadata } from 'next'
import Link from 'next/link'
import { BarChart } from '@/components/charts/bar-chart'
import { CsvLinks, ReportFrame } from '@/components/reports/report-frame'
import { ReportTableView } from '@/components/reports/report-table'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import { type AllSomeNone, requiredInScope } from '@/lib/reports/completion.server'
import { reportPageContext } from '@/lib/reports/page-context.server'
import { periodProblem } from '@/lib/reports/period'
import { describeRequired } from '@/lib/reports/required.server'
import { dilemmaTable, monthTable, teamTable } from '@/lib/reports/tables.server'

export const metadata: Metadata = { title: 'Rapportage: voltooiing' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const INTRO = `Wie de training volgt, afrondt en behaalt (een passend einde met minstens ${BEHAALD_MIN_SCORE}%). Je ziet hier nooit welke keuzes één persoon maakte.`

const nl = (n: number) => n.toLocaleString('nl-NL')

export default async function CompletionReportPage({ searchParams }: Props) {
  const params = await searchParams
  const { organisation, organisations, filters, teams, modules, chosen, context, query } = await reportPageContext(
    params,
    '/rapportage',
  )
  const frame = {
    current: '/rapportage' as const,
    organisation,
    organisations,
    input: filters.input,
    caseProblem: filters.caseProblem,
    teams,
    intro: INTRO,
  }
  // A period that cannot be reported on is said so, next to the fields; no table of zeros.
  const problem = periodProblem(params)
  if (problem) {
    return (
      <ReportFrame {...frame} periodProblem={problem}>
        <p>Pas de periode aan en kies ‘Filters toepassen’, of wis de filters.</p>
      </ReportFrame>
    )
  }
  const [{ report, table: perDilemma }, perMonth, perTeam] = await Promise.all([
    dilemmaTable(context),
    monthTable(context),
    teamTable(context),
  ])
  const settingsLink = `/rapportage/verplicht${query.organisatie ? `?organisatie=${query.organisatie}` : ''}`
  return (
    <ReportFrame {...frame}>
      <section aria-labelledby="samenvatting" className="space-y-4">
        <h2 id="samenvatting" className="text-2xl">
          Samenvatting
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="card">
            <dt className="text-muted">Deelnemers</dt>
            <dd className="text-3xl font-semibold" data-testid="deelnemers">
              {nl(report.learners)}
            </dd>
            <dd className="text-sm text-muted">
              medewerkers met de rol deelnemer{filters.teamId ? ' in dit team' : ''}
            </dd>
          </div>
          <div className="card">
            <dt className="text-muted">Verplichte modules</dt>
            <dd className="font-semibold" data-testid="verplicht">
              {describeRequired(requiredInScope(modules, filters), chosen)}
            </dd>
            <dd className="text-sm">
              <Link href={settingsLink}>Verplichte modules kiezen</Link>
            </dd>
          </div>
        </dl>
        <RequiredSummary learners={report.learners} afgerond={report.afgerond} behaald={report.behaald} />
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

      <section aria-labelledby="per-maand" className="space-y-3">
        <h2 id="per-maand" className="text-2xl">
          Afgerond per maand
        </h2>
        <p className="text-muted">
          De laatste 12 maanden, tot en met {String(perMonth.rows.at(-1)?.[0] ?? '')}: hoeveel dilemma’s werden afgerond
          en behaald. Dit zijn exacte aantallen.
        </p>
        <BarChart
          title="Afgeronde dilemma’s per maand"
          data={perMonth.rows.map((row) => ({ label: String(row[0]), value: Number(row[1] ?? 0) }))}
          tableId="tabel-per-maand"
        />
        <ReportTableView id="tabel-per-maand" table={perMonth} empty="Geen maanden om te tonen." />
        <CsvLinks table="maanden" query={query} label="Deze tabel" />
      </section>

      <section aria-labelledby="per-team" className="space-y-3">
        <h2 id="per-team" className="text-2xl">
          Per team
        </h2>
        <ReportTableView table={perTeam.table} empty="Deze organisatie heeft nog geen teams." percentColumns={[4, 5]} />
        {perTeam.note ? (
          <p className="max-w-3xl text-sm" data-testid="team-uitleg">
            {perTeam.note}
          </p>
        ) : null}
        <CsvLinks table="teams" query={query} label="Deze tabel" />
      </section>
    </ReportFrame>
  )
}

/** All, some and none of the required modules, afgerond and behaald, as a small table that adds up to deelnemers. */
function RequiredSummary({
  learners,
  afgerond,
  behaald,
}: {
  learners: number
  afgerond: AllSomeNone
  behaald: AllSomeNone
}) {
  return (
    <div className="card space-y-3">
      <p className="text-lg" data-testid="kop-verplicht">
        Van de {nl(learners)} deelnemers {afgerond.all === 1 ? 'heeft' : 'hebben'} {nl(afgerond.all)} alle verplichte
        modules afgerond, {nl(afgerond.some)} een deel en {nl(afgerond.none)} nog geen.
      </p>
      <ScrollRegion labelledBy="verplicht-caption">
        <table className="w-full max-w-2xl border-collapse text-left">
          <caption id="verplicht-caption" className="sr-only">
            Verplichte modules: alle, een deel of geen
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-4">
                <span className="sr-only">Deelnemers</span>
              </th>
              <th scope="col" className="py-1 pr-4">
                Alle
              </th>
              <th scope="col" className="py-1 pr-4">
                Een deel
              </th>
              <th scope="col" className="py-1 pr-4">
                Geen
              </th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ['Afgerond', afgerond],
                [`Behaald (minstens ${BEHAALD_MIN_SCORE}%)`, behaald],
              ] as const
            ).map(([label, counts]) => (
              <tr key={label} className="border-b border-line">
                <th scope="row" className="py-1 pr-4 font-medium">
                  {label}
                </th>
                <td className="py-1 pr-4">{nl(counts.all)}</td>
                <td className="py-1 pr-4">{nl(counts.some)}</td>
                <td className="py-1 pr-4">{nl(counts.none)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  )
}
