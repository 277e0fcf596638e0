import type { Metadata } from 'next'
import { CsvLinks, ReportFrame } from '@/components/reports/report-frame'
import { ReportTableView } from '@/components/reports/report-table'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { reportPageContext } from '@/lib/reports/page-context.server'
import { staffTable } from '@/lib/reports/tables.server'

export const metadata: Metadata = { title: 'Rapportage: medewerkers' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function StaffReportPage({ searchParams }: Props) {
  const params = await searchParams
  const { organisation, organisations, filters, teams, context, query } = await reportPageContext(
    params,
    '/rapportage/medewerkers',
  )
  const page = pageFromParam(typeof params.pagina === 'string' ? params.pagina : undefined)
  const { total, table } = await staffTable(context, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE })
  return (
    <ReportFrame
      current="/rapportage/medewerkers"
      organisation={organisation}
      organisations={organisations}
      input={filters.input}
      caseProblem={filters.caseProblem}
      teams={teams}
      intro="Per medewerker: welke verplichte modules zijn afgerond en behaald, en in welke week. Keuzes en scores van personen zie je nooit; de week (niet de dag) zorgt dat je deze lijst niet naast het inzicht kunt leggen om te zien wat één collega koos."
    >
      <section aria-labelledby="medewerkers" className="space-y-3">
        <h2 id="medewerkers" className="text-2xl">
          Medewerkers ({total.toLocaleString('nl-NL')})
        </h2>
        <ReportTableView table={table} empty="Er zijn nog geen deelnemers in deze organisatie of dit team." />
        <Pagination page={page} total={total} basePath="/rapportage/medewerkers" query={query} />
        <CsvLinks table="medewerkers" query={query} label="De hele lijst" />
      </section>
    </ReportFrame>
  )
}
