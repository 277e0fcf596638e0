import type { Metadata } from 'next'
import { CsvLinks, ReportFrame } from '@/components/reports/report-frame'
import { ReportTableView } from '@/components/reports/report-table'
import { PAGE_SIZE, Pagination, pageFromParam } from '@/components/ui/pagination'
import { requireReportOrganisation } from '@/lib/reports/access.server'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { requiredModules } from '@/lib/reports/required.server'
import { staffTable } from '@/lib/reports/tables.server'

export const metadata: Metadata = { title: 'Rapportage: medewerkers' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function StaffReportPage({ searchParams }: Props) {
  const params = await searchParams
  const { organisation, organisations } = await requireReportOrganisation(params.organisatie, '/rapportage/medewerkers')
  const { filters, teams } = await reportFiltersFor(organisation.id, params)
  const { modules } = await requiredModules(organisation.id)
  const page = pageFromParam(typeof params.pagina === 'string' ? params.pagina : undefined)
  const { total, table } = await staffTable(
    { organisationId: organisation.id, filters, required: modules },
    { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE },
  )
  const query = { ...filters.input, organisatie: organisations.length > 1 ? organisation.id : undefined }
  return (
    <ReportFrame
      current="/rapportage/medewerkers"
      organisation={organisation}
      organisations={organisations}
      input={filters.input}
      teams={teams}
      intro="Per medewerker: welke verplichte modules zijn afgerond, en wanneer. Keuzes en scores van personen zie je nooit."
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
