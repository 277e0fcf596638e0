import { formatDate, formatIsoWeek } from '@/lib/format/dates'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { completionPerTeam, completionReport, completionsPerWeek } from './completion.server'
import type { ReportFilters } from './filters'
import { decisionPointInsight, insightScope } from './insight.server'
import type { Module } from './required.server'
import { staffList } from './staff.server'
import { CELL_MINIMUM } from './suppression'

// Every report table as header + rows: the page renders it and the CSV export writes it, so the two can never
// disagree. Numbers stay numbers (for spreadsheets); the page formats them.

export type Cell = string | number | null
export type ReportTable = { title: string; header: string[]; rows: Cell[][] }

export const REPORT_TABLES = ['dilemmas', 'weken', 'teams', 'medewerkers', 'inzicht'] as const
export type ReportTableName = (typeof REPORT_TABLES)[number]

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : null)
const title = (caseId: string, dilemmaId: string) => getDilemma(caseId, dilemmaId)?.frontmatter.title ?? dilemmaId

type Context = { organisationId: string; filters: ReportFilters; required: readonly Module[] }

export async function dilemmaTable({ organisationId, filters, required }: Context) {
  const report = await completionReport(organisationId, filters, required)
  const table: ReportTable = {
    title: 'Voltooiing per dilemma',
    header: ['Dilemma', 'Gestart', 'Afgerond', 'Behaald', 'Afgerond (% van deelnemers)', 'Behaald (% van deelnemers)'],
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
          ] as Cell[],
      )
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'nl')),
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

export async function teamTable({ organisationId, filters, required }: Context): Promise<ReportTable> {
  const teams = await completionPerTeam(organisationId, filters, required)
  return {
    title: 'Voltooiing per team',
    header: [
      'Team',
      'Medewerkers',
      'Alle verplichte modules afgerond',
      'Alle verplichte modules behaald',
      'Percentage afgerond',
      'Percentage behaald',
    ],
    rows: teams.map((t) => [
      t.name,
      t.members,
      t.completedAll,
      t.behaaldAll,
      percent(t.completedAll, t.members),
      percent(t.behaaldAll, t.members),
    ]),
  }
}

export async function staffTable(context: Context, page = { skip: 0, take: 100_000 }) {
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
    case 'teams':
      return teamTable(context)
    case 'medewerkers':
      return (await staffTable(context)).table
    case 'inzicht':
      return (await insightTable(context)).table
  }
}
