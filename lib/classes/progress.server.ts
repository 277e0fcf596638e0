import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { formatDateTime } from '@/lib/format/dates'
import { STANDING_LABELS, type Standing, standingLabel, standingOf, standings } from '@/lib/progress/standing.server'
import { type ClassAssignment, classAssignments } from './assignments.server'

// The class progress matrix: one row per student, one column per assigned dilemma.

export type ProgressRow = {
  userId: string
  name: string
  email: string
  cells: Standing[]
  /** Assignments finished, and of those behaald (the read model decides both). */
  completed: number
  behaald: number
  seconds: number
  lastActivityAt: Date | null
}

export const SORT_KEYS = ['naam', 'voortgang', 'tijd', 'activiteit'] as const
export const progressSortSchema = z.object({
  sorteer: z.enum(SORT_KEYS).catch('naam'),
  richting: z.enum(['op', 'af']).catch('op'),
})
export type ProgressSort = z.infer<typeof progressSortSchema>

export async function classProgress(groupId: string, sort: ProgressSort = { sorteer: 'naam', richting: 'op' }) {
  const [assignments, members] = await Promise.all([
    classAssignments(groupId),
    db().groupMember.findMany({
      where: { groupId },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
  ])
  const existing = assignments.filter((a): a is ClassAssignment & { title: string } => a.title !== undefined)
  const progress = await standings(
    members.map((m) => m.user.id),
    existing,
  )
  const rows: ProgressRow[] = members.map(({ user }) => {
    const cells = existing.map((a) => standingOf(progress, user.id, a))
    const activity = cells.map((c) => c.lastActivityAt).filter((d): d is Date => d !== null)
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      cells,
      completed: cells.filter((c) => c.status === 'afgerond').length,
      behaald: cells.filter((c) => c.behaald).length,
      seconds: cells.reduce((sum, c) => sum + c.seconds, 0),
      lastActivityAt: activity.length ? new Date(Math.max(...activity.map((d) => d.getTime()))) : null,
    }
  })
  return { assignments: existing, rows: sortRows(rows, sort) }
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true })

export function sortRows(rows: ProgressRow[], { sorteer, richting }: ProgressSort): ProgressRow[] {
  const byName = (a: ProgressRow, b: ProgressRow) => collator.compare(a.name, b.name)
  const measure: Record<ProgressSort['sorteer'], (row: ProgressRow) => number> = {
    naam: () => 0,
    // Behaald first, then finished: a learner with more behaald ranks higher than one with only more afgerond.
    voortgang: (row) => row.behaald * 1000 + row.completed,
    tijd: (row) => row.seconds,
    activiteit: (row) => row.lastActivityAt?.getTime() ?? 0,
  }
  const sign = richting === 'af' ? -1 : 1
  return [...rows].sort((a, b) => {
    const primary = sorteer === 'naam' ? byName(a, b) : measure[sorteer](a) - measure[sorteer](b)
    return primary !== 0 ? sign * primary : byName(a, b)
  })
}

/** The matrix as CSV header and rows (the export route writes them): labels and numbers from the read model. */
export function progressTable(
  assignments: readonly { title: string; caseId: string; caseTitle: string }[],
  rows: readonly ProgressRow[],
) {
  // With assignments from more than one case, each column also names its case.
  const mixed = new Set(assignments.map((a) => a.caseId)).size > 1
  const label = (a: (typeof assignments)[number]) => (mixed ? `${a.title} (${a.caseTitle})` : a.title)
  const header = [
    'Naam',
    'E-mailadres',
    ...assignments.flatMap((a) => [
      `${label(a)} – status`,
      `${label(a)} – behaald`,
      `${label(a)} – beste score`,
      `${label(a)} – minuten`,
    ]),
    'Afgerond',
    'Behaald',
    'Minuten totaal',
    'Laatst actief',
  ]
  const body = rows.map((row) => [
    row.name,
    row.email,
    ...row.cells.flatMap((c) => [
      STANDING_LABELS[standingLabel(c)],
      c.behaald ? 'ja' : 'nee',
      c.bestScore,
      Math.round(c.seconds / 60),
    ]),
    `${row.completed} van ${assignments.length}`,
    `${row.behaald} van ${assignments.length}`,
    Math.round(row.seconds / 60),
    row.lastActivityAt ? formatDateTime(row.lastActivityAt) : '',
  ])
  return { header, body }
}
