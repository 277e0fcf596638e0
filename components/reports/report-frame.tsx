import Link from 'next/link'
import { PageHeader } from '@/components/ui/page-header'
import { filterQuery, type ReportFilterInput } from '@/lib/reports/filters'
import type { Team } from '@/lib/reports/filters.server'
import type { PeriodProblem } from '@/lib/reports/period'
import { getCatalog } from '@/lib/scenarios/catalog.server'

// The frame of every report page: the organisation, the report tabs, and the filters (a plain GET form, so a
// filtered report is a link that can be shared with a colleague who has the same rights).

const TABS = [
  { href: '/rapportage', label: 'Voltooiing' },
  { href: '/rapportage/medewerkers', label: 'Medewerkers' },
  { href: '/rapportage/inzicht', label: 'Inzicht' },
  { href: '/rapportage/verplicht', label: 'Verplichte modules' },
  { href: '/rapportage/afspraken', label: 'Afspraken' },
] as const

export function ReportFrame({
  current,
  organisation,
  organisations,
  input,
  teams,
  intro,
  children,
  showFilters = true,
  periodProblem = null,
  caseProblem,
  periods,
}: {
  current: (typeof TABS)[number]['href']
  organisation: { id: string; name: string }
  organisations: { id: string; name: string }[]
  input: ReportFilterInput
  teams: Team[]
  intro: string
  children: React.ReactNode
  showFilters?: boolean
  /** A period in the link that cannot be reported on: shown as an alert tied to the date fields. */
  periodProblem?: PeriodProblem | null
  /** A case in the link that does not exist: said next to the case field, and no report is shown. */
  caseProblem?: string
  /** Insight only: fixed periods to choose from instead of a free date range (see lib/reports/periods.ts). */
  periods?: { value: string; label: string }[]
}) {
  const invalid = (field: 'van' | 'tot') =>
    periodProblem?.fields.includes(field) ? { 'aria-invalid': true, 'aria-describedby': 'periode-fout' } : {}
  const keep = { ...input, organisatie: organisations.length > 1 ? organisation.id : undefined }
  const cases = getCatalog().cases.map((c) => ({ value: c.id, title: c.frontmatter.title }))
  const dilemmas = getCatalog().cases.flatMap((c) =>
    c.dilemmas.map((d) => ({ value: `${c.id}/${d.id}`, title: d.frontmatter.title })),
  )
  return (
    <div className="space-y-8">
      <PageHeader title={`Rapportage: ${organisation.name}`} intro={intro} />
      {organisations.length > 1 ? (
        <nav aria-label="Organisatie kiezen">
          <ul className="flex flex-wrap gap-4">
            {organisations.map((o) => (
              <li key={o.id}>
                <Link
                  href={`${current}?organisatie=${o.id}`}
                  aria-current={o.id === organisation.id ? 'page' : undefined}
                >
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <nav aria-label="Rapportages" className="border-b border-line">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab.href}>
              <Link
                href={`${tab.href}${filterQuery(keep as Record<string, string | undefined>)}`}
                aria-current={tab.href === current ? 'page' : undefined}
                className={`inline-block px-4 py-2 font-medium ${tab.href === current ? 'border-b-4 border-brand text-ink no-underline' : ''}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {showFilters ? (
        <form
          method="get"
          action={current}
          className="card grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
          aria-label="Filters"
        >
          {organisations.length > 1 ? <input type="hidden" name="organisatie" value={organisation.id} /> : null}
          {periodProblem ? (
            <div
              id="periode-fout"
              role="alert"
              className="rounded-md border-l-4 border-bad bg-bad-soft p-4 sm:col-span-2 lg:col-span-4"
            >
              <p>{periodProblem.message}</p>
              <p className="flex gap-4">
                {periodProblem.fields.map((f) => (
                  <a key={f} href={`#${f}`}>
                    Naar ‘{f === 'van' ? 'Vanaf' : 'Tot en met'}’
                  </a>
                ))}
              </p>
            </div>
          ) : null}
          {caseProblem ? (
            <div
              id="casus-fout"
              role="alert"
              className="rounded-md border-l-4 border-bad bg-bad-soft p-4 sm:col-span-2 lg:col-span-4"
            >
              <p>{caseProblem}</p>
              <p>
                <a href="#casus">Naar ‘Casus’</a>
              </p>
            </div>
          ) : null}
          {periods ? (
            <div className="sm:col-span-2">
              <label htmlFor="periode" className="field-label">
                Periode
              </label>
              <select id="periode" name="periode" className="field-input" defaultValue={input.periode ?? 'alles'}>
                {periods.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <>
              <div>
                <label htmlFor="van" className="field-label">
                  Vanaf
                </label>
                <input
                  id="van"
                  name="van"
                  type="date"
                  className="field-input"
                  defaultValue={input.van ?? ''}
                  {...invalid('van')}
                />
              </div>
              <div>
                <label htmlFor="tot" className="field-label">
                  Tot en met
                </label>
                <input
                  id="tot"
                  name="tot"
                  type="date"
                  className="field-input"
                  defaultValue={input.tot ?? ''}
                  {...invalid('tot')}
                />
              </div>
            </>
          )}
          <div>
            <label htmlFor="team" className="field-label">
              Team
            </label>
            <select id="team" name="team" className="field-input" defaultValue={input.team ?? ''}>
              <option value="">Alle teams</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="casus" className="field-label">
              Casus
            </label>
            <select
              id="casus"
              name="casus"
              className="field-input"
              defaultValue={input.casus ?? ''}
              {...(caseProblem ? { 'aria-invalid': true, 'aria-describedby': 'casus-fout' } : {})}
            >
              <option value="">Alle casussen</option>
              {cases.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dilemma" className="field-label">
              Dilemma
            </label>
            <select id="dilemma" name="dilemma" className="field-input" defaultValue={input.dilemma ?? ''}>
              <option value="">Alle dilemma’s</option>
              {dilemmas.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-4">
            <button type="submit" className="btn-primary">
              Filters toepassen
            </button>
            <Link href={`${current}${organisations.length > 1 ? `?organisatie=${organisation.id}` : ''}`}>
              Filters wissen
            </Link>
          </div>
        </form>
      ) : null}
      {caseProblem ? <p>Kies een casus uit de lijst en kies ‘Filters toepassen’, of wis de filters.</p> : children}
    </div>
  )
}

/** Links to download a table as CSV, with the current filters; every download is written to the audit log. */
export function CsvLinks({
  table,
  query,
  label,
}: {
  table: string
  query: Record<string, string | undefined>
  label: string
}) {
  const base = `/rapportage/export/${table}`
  return (
    <p className="flex flex-wrap gap-4 text-sm">
      <a href={`${base}${filterQuery(query)}`} download>
        {label} als CSV
      </a>
      <a href={`${base}${filterQuery(query, { scheiding: 'puntkomma' })}`} download>
        {label} als CSV voor Excel (puntkomma’s)
      </a>
    </p>
  )
}
