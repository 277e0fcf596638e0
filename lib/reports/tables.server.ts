import { formatDate, formatIsoWeek } from '@/lib/format/dates'
import { getCase, getCatalog, getDilemma } from '@/lib/scenarios/catalog.server'
import {
  completionReport,
  completionsPerMonth,
  completionsPerWeek,
  requiredInScope,
  teamOverview,
} from './completion.server'
import type { ReportFilters } from './filters'
import { decisionPointInsight, insightScope } from './insight.server'
import type { Module } from './required.server'
import { staffList } from './staff.server'
import { CELL_MINIMUM } from './suppression'

// Every report table as header + rows: the page renders it and the CSV export writes it, so the two can never
// disagree. Numbers stay numbers (for spreadsheets); the page formats them.

export type Cell = string | number | null
export type ReportTable = { title: string; header: string[]; rows: Cell[][] }

export const REPORT_TABLES = ['dilemmas', 'weken', 'maanden', 'teams', 'medewerkers', 'inzicht'] as const
export type ReportTableName = (typeof REPORT_TABLES)[number]
/** The tables about completion (exact counts; a period is checked with lib/reports/period.ts). */
export const COMPLETION_TABLES = ['dilemmas', 'weken', 'maanden', 'teams'] as const satisfies readonly ReportTableName[]

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : null)
const title = (caseId: string, dilemmaId: string) => getDilemma(caseId, dilemmaId)?.frontmatter.title ?? dilemmaId

/** A case title's place in the catalogue; unknown ones last. */
function caseRank(caseTitle: string) {
  const index = getCatalog().cases.findIndex((c) => c.frontmatter.title === caseTitle)
  return index === -1 ? Number.MAX_SAFE_INTEGER : index
}

type Context = { organisationId: string; filters: ReportFilters; required: readonly Module[] }

export async function dilemmaTable({ organisationId, filters, required }: Context) {
  const report = await completionReport(organisationId, filters, required)
  const table: ReportTable = {
    title: 'Voltooiing per dilemma',
    header: [
      'Dilemma',
      'Gestart',
      'Afgerond',
      'Behaald',
      'Afgerond (% van deelnemers)',
      'Behaald (% van deelnemers)',
      'Casus',
    ],
    rows: report.perDilemma
      .map(
        (d) =>
          [
            title(d.caseId, d.dilemmaId),
            d.started,
            d.completed,
            d.behaald,
            percent(d.completed, report.learners),
            percent(d.behaald, report.learners),
            getCase(d.caseId)?.frontmatter.title ?? d.caseId,
          ] as Cell[],
      )
      // By case in catalogue order (Kramer first), then by title.
      .sort(
        (a, b) => caseRank(String(a[6])) - caseRank(String(b[6])) || String(a[0]).localeCompare(String(b[0]), 'nl'),
      ),
  }
  return { report, table }
}

export async function weekTable({ organisationId, filters }: Context): Promise<ReportTable> {
  const weeks = await completionsPerWeek(organisationId, filters)
  return {
    title: 'Afgeronde dilemma’s per week',
    header: ['Week vanaf', 'Afgerond', 'Behaald'],
    rows: weeks.map((w) => [formatDate(w.week), w.completed, w.behaald]),
  }
}

export async function monthTable({ organisationId, filters }: Context): Promise<ReportTable> {
  const months = await completionsPerMonth(organisationId, filters)
  return {
    title: 'Afgeronde dilemma’s per maand',
    header: ['Maand', 'Afgerond', 'Behaald'],
    rows: months.map((m) => [m.label, m.completed, m.behaald]),
  }
}

export const WITHOUT_TEAM = 'Zonder team'

/**
 * Per team, then a row for deelnemers in no team (without a team filter). Only deelnemers (the learner role) count;
 * the note says how the rows add up to the number of deelnemers when someone is in two or more teams.
 */
export async function teamTable({ organisationId, filters, required }: Context) {
  const overview = await teamOverview(organisationId, filters, required)
  const rows: Cell[][] = overview.teams.map((t) => [
    t.name,
    t.members,
    t.completedAll,
    t.behaaldAll,
    percent(t.completedAll, t.members),
    percent(t.behaaldAll, t.members),
  ])
  if (!filters.teamId) {
    const w = overview.withoutTeam
    rows.push([
      WITHOUT_TEAM,
      w.members,
      w.completedAll,
      w.behaaldAll,
      percent(w.completedAll, w.members),
      percent(w.behaaldAll, w.members),
    ])
  }
  const table: ReportTable = {
    title: 'Voltooiing per team',
    header: [
      'Team',
      'Deelnemers',
      'Alle verplichte modules afgerond',
      'Alle verplichte modules behaald',
      'Percentage afgerond',
      'Percentage behaald',
    ],
    rows,
  }
  return { table, overview, note: filters.teamId ? null : teamNote(overview) }
}

/** How the team rows relate to the number of deelnemers, in plain Dutch. */
export function teamNote(o: Awaited<ReturnType<typeof teamOverview>>): string {
  const sum = o.teams.reduce((total, t) => total + t.members, 0) + o.withoutTeam.members
  const people = (n: number) => (n === 1 ? '1 deelnemer' : `${n.toLocaleString('nl-NL')} deelnemers`)
  const base = `Alleen deelnemers tellen mee (medewerkers met de rol deelnemer; coördinatoren, docenten en beheerders niet). ${people(o.withoutTeam.members)} ${o.withoutTeam.members === 1 ? 'zit' : 'zitten'} in geen enkel team: de rij ‘${WITHOUT_TEAM}’.`
  if (o.inSeveralTeams === 0) {
    return `${base} Niemand zit in twee of meer teams, dus de rijen tellen samen op tot ${people(o.learners)}.`
  }
  return `${base} ${people(o.inSeveralTeams)} ${o.inSeveralTeams === 1 ? 'zit' : 'zitten'} in twee of meer teams en ${o.inSeveralTeams === 1 ? 'telt' : 'tellen'} in elk team mee. Daarom tellen de rijen samen op tot ${sum.toLocaleString('nl-NL')}: ${people(o.learners)} plus ${o.doubleCounted.toLocaleString('nl-NL')} dubbel geteld.`
}

export async function staffTable(scoped: Context, page = { skip: 0, take: 100_000 }) {
  // With a case filter, the columns are that case's required modules.
  const context = { ...scoped, required: requiredInScope(scoped.required, scoped.filters) }
  const { total, rows } = await staffList(context.organisationId, context.filters, context.required, page)
  const table: ReportTable = {
    title: 'Medewerkers en verplichte modules',
    header: [
      'Naam',
      'Team',
      ...context.required.flatMap((m) => [`${m.title} (afgerond in)`, `${m.title} (behaald in)`]),
    ],
    rows: rows.map((r) => [
      r.name,
      r.teams.join(', '),
      ...r.completedAt.flatMap((d, i) => {
        const behaald = r.behaaldAt[i]
        return [d ? formatIsoWeek(d) : null, behaald ? formatIsoWeek(behaald) : null]
      }),
    ]),
  }
  return { total, table }
}

export const HIDDEN_CELL = `minder dan ${CELL_MINIMUM}`

/** The insight table for one fixed period and team; throws InsightPeriodError for a period that cannot be used. */
export async function insightTable({ organisationId, filters }: Context) {
  const chosen = insightScope(filters)
  if (!chosen.ok) throw new InsightPeriodError(chosen.error)
  const points = await decisionPointInsight(organisationId, chosen.scope)
  const table: ReportTable = {
    title: `Keuzes per beslismoment (${chosen.scope.period.label})`,
    header: ['Dilemma', 'Beslismoment', 'Keuze', 'Beoordeling', 'Aantal', 'Percentage'],
    rows: points.flatMap((p) =>
      p.shown
        ? p.choices.map((c) => [
            p.dilemmaTitle,
            p.sceneTitle,
            c.label,
            c.quality ?? '',
            c.hidden ? HIDDEN_CELL : c.count,
            c.hidden || c.count === null ? null : Math.min(100, percent(c.count, p.respondents) ?? 0),
          ])
        : [[p.dilemmaTitle, p.sceneTitle, 'te weinig antwoorden om te tonen', '', null, null]],
    ),
  }
  return { points, scope: chosen.scope, table }
}

export class InsightPeriodError extends Error {}

export async function buildTable(name: ReportTableName, context: Context): Promise<ReportTable> {
  switch (name) {
    case 'dilemmas':
      return (await dilemmaTable(context)).table
    case 'weken':
      return weekTable(context)
    case 'maanden':
      return monthTable(context)
    case 'teams':
      return (await teamTable(context)).table
    case 'medewerkers':
      return (await staffTable(context)).table
    case 'inzicht':
      return (await insightTable(context)).table
  }
}
