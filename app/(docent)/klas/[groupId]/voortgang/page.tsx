import type { Metadata } from 'next'
import Link from 'next/link'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { requireClass } from '@/lib/classes/access.server'
import { classProgress, type ProgressSort, progressSortSchema } from '@/lib/classes/progress.server'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import { formatDate, formatDateTime } from '@/lib/format/dates'
import { STANDING_LABELS, type StandingLabel, standingLabel } from '@/lib/progress/standing.server'
import { formatDuration } from '@/lib/progress/time-spent'

export const metadata: Metadata = { title: 'Voortgang van de klas' }

// The symbols only repeat the text (WCAG 1.4.1); the text is the read model's label.
const SYMBOL: Record<StandingLabel, string> = {
  'niet-gestart': '○',
  bezig: '◐',
  'afgerond-niet-behaald': '◑',
  behaald: '●',
}

type Props = { params: Promise<{ groupId: string }>; searchParams: Promise<Record<string, string | undefined>> }

export default async function ProgressPage({ params, searchParams }: Props) {
  const { group } = await requireClass((await params).groupId, 'read:group-progress:org')
  const sort = progressSortSchema.parse(await searchParams)
  const { assignments, rows } = await classProgress(group.id, sort)
  const base = `/klas/${group.id}/voortgang`
  const now = new Date()
  // Past its date and not finished by this student: shown in words, so it does not rest on colour.
  const overdue = (dueAt: Date | null, label: StandingLabel) =>
    Boolean(dueAt && dueAt < now && label !== 'behaald' && label !== 'afgerond-niet-behaald')
  const query = `sorteer=${sort.sorteer}&richting=${sort.richting}`
  // A class may mix cases: then each column names its case under the dilemma.
  const mixedCases = new Set(assignments.map((a) => a.caseId)).size > 1

  if (assignments.length === 0 || rows.length === 0) {
    return (
      <section aria-labelledby="voortgang" className="space-y-3">
        <h2 id="voortgang" className="text-2xl">
          Voortgang
        </h2>
        <p className="text-muted">
          {assignments.length === 0
            ? 'Er staan nog geen opdrachten klaar. Zet bij Opdrachten dilemma’s klaar om de voortgang te volgen.'
            : 'Er zitten nog geen studenten in deze klas.'}
        </p>
      </section>
    )
  }

  return (
    <section aria-labelledby="voortgang" className="space-y-4">
      <h2 id="voortgang" className="text-2xl">
        Voortgang
      </h2>
      <p className="text-muted">
        Per student en per opdracht: de status, de beste score en de bestede tijd. Een opdracht is behaald bij een
        passend einde met een score van minstens {BEHAALD_MIN_SCORE}%; afgerond maar niet behaald staat er apart bij.
        Tijd telt alleen actieve minuten: een pauze van meer dan 5 minuten telt als 5 minuten.
      </p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <a href={`${base}/export?${query}`} download>
            Download als CSV (komma’s)
          </a>
        </li>
        <li>
          <a href={`${base}/export?${query}&scheiding=puntkomma`} download>
            Download als CSV voor Excel (puntkomma’s)
          </a>
        </li>
      </ul>
      {/* A wide table scrolls sideways in its own region, which keyboard users can focus and scroll. */}
      <ScrollRegion labelledBy="voortgang-caption">
        <table className="w-full border-collapse text-left">
          <caption id="voortgang-caption" className="sr-only">
            Voortgang van {group.name}: studenten en opdrachten
          </caption>
          <thead>
            <tr className="border-b border-line align-bottom">
              <SortHeader label="Student" column="naam" sort={sort} base={base} />
              {assignments.map((a) => (
                <th key={a.id} scope="col" className="py-2 pr-4">
                  {a.title}
                  {mixedCases ? <span className="block text-sm font-normal text-muted">{a.caseTitle}</span> : null}
                  {a.dueAt ? (
                    <span className="block text-sm font-normal text-muted">
                      uiterlijk {formatDate(a.dueAt)}
                      {a.dueAt < now ? ' (verlopen)' : ''}
                    </span>
                  ) : null}
                </th>
              ))}
              <SortHeader label="Behaald / afgerond" column="voortgang" sort={sort} base={base} />
              <SortHeader label="Tijd" column="tijd" sort={sort} base={base} />
              <SortHeader label="Laatst actief" column="activiteit" sort={sort} base={base} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.userId} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {row.name}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={assignments[i]?.id} className="py-2 pr-4">
                    <span aria-hidden="true">{SYMBOL[standingLabel(cell)]} </span>
                    {STANDING_LABELS[standingLabel(cell)]}
                    {overdue(assignments[i]?.dueAt ?? null, standingLabel(cell)) ? (
                      <span className="block font-semibold text-bad">te laat</span>
                    ) : null}
                    {cell.bestScore !== null ? <span className="block">score {cell.bestScore}</span> : null}
                    {cell.seconds > 0 ? (
                      <span className="block text-sm text-muted">{formatDuration(cell.seconds)}</span>
                    ) : null}
                  </td>
                ))}
                <td className="py-2 pr-4">
                  {row.behaald} van {assignments.length} behaald
                  <span className="block text-sm text-muted">
                    {row.completed} van {assignments.length} afgerond
                  </span>
                </td>
                <td className="py-2 pr-4">{formatDuration(row.seconds)}</td>
                <td className="py-2">{row.lastActivityAt ? formatDateTime(row.lastActivityAt) : 'nog niet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}

function SortHeader({
  label,
  column,
  sort,
  base,
}: {
  label: string
  column: ProgressSort['sorteer']
  sort: ProgressSort
  base: string
}) {
  const active = sort.sorteer === column
  const next = active && sort.richting === 'op' ? 'af' : 'op'
  return (
    <th
      scope="col"
      className="py-2 pr-4"
      aria-sort={active ? (sort.richting === 'op' ? 'ascending' : 'descending') : undefined}
    >
      <Link href={`${base}?sorteer=${column}&richting=${next}`}>
        {label}
        <span className="sr-only">, sorteer {next === 'op' ? 'oplopend' : 'aflopend'}</span>
        {active ? <span aria-hidden="true"> {sort.richting === 'op' ? '▲' : '▼'}</span> : null}
      </Link>
    </th>
  )
}
