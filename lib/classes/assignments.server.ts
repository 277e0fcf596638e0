import { db } from '@/lib/db/client.server'
import { type FormResult, fieldErrorsOf } from '@/lib/forms/result'
import { type Standing, standingOf, standings } from '@/lib/progress/standing.server'
import { getCase, getCatalog, getDilemma } from '@/lib/scenarios/catalog.server'
import type { ManagedClass } from './access.server'
import { assignSchema, dutchDay, updateAssignmentSchema } from './schemas'

// Assignments: which dilemmas a class should play, by when. One row per dilemma; "the whole case" is expanded into
// its dilemmas when assigned, so a dilemma added to the case later is a deliberate new assignment.

const PAST_DUE = 'Deze datum ligt in het verleden. Kies vandaag of een latere datum.'

function dilemmaTitle(caseId: string, dilemmaId: string) {
  return getDilemma(caseId, dilemmaId)?.frontmatter.title
}

/** "kramer/huisarts" or "kramer/*" → the dilemmas they name; unknown ones are returned apart. */
function expand(selection: readonly string[]) {
  const found = new Map<string, { caseId: string; dilemmaId: string }>()
  const unknown: string[] = []
  for (const item of selection) {
    const [caseId = '', dilemmaId = ''] = item.split('/')
    const dilemmas =
      dilemmaId === '*'
        ? (getCase(caseId)?.dilemmas ?? [])
        : [getDilemma(caseId, dilemmaId)].filter((d) => d !== undefined)
    if (dilemmas.length === 0) unknown.push(item)
    for (const d of dilemmas) found.set(`${caseId}/${d.id}`, { caseId, dilemmaId: d.id })
  }
  return { dilemmas: [...found.values()], unknown }
}

export async function assignDilemmas(group: ManagedClass, input: unknown, now = new Date()): Promise<FormResult> {
  const parsed = assignSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  if (group.archivedAt) return { ok: false, message: 'Deze klas is gearchiveerd. Zet hem eerst weer actief.' }
  const { dilemmas, unknown } = expand(parsed.data.dilemmas)
  if (unknown.length > 0 || dilemmas.length === 0) {
    return { ok: false, fieldErrors: { dilemmas: 'Een gekozen dilemma bestaat niet (meer). Kies opnieuw.' } }
  }
  const dueAt = parsed.data.dueAt || null
  if (dueAt && dueAt < now) return { ok: false, fieldErrors: { dueAt: PAST_DUE } }
  const note = parsed.data.note || null
  // Assigning again would silently overwrite the note and date students already saw: refused, with a link to change
  // the existing assignment instead.
  const existing = await db().assignment.findMany({
    where: { groupId: group.id, OR: dilemmas.map((d) => ({ caseId: d.caseId, dilemmaId: d.dilemmaId })) },
    select: { id: true, caseId: true, dilemmaId: true },
  })
  if (existing.length > 0) {
    const titled = existing.map((a) => ({ ...a, title: dilemmaTitle(a.caseId, a.dilemmaId) ?? a.dilemmaId }))
    return {
      ok: false,
      message:
        titled.length === 1
          ? `‘${titled[0]?.title}’ staat al klaar voor deze klas. Er is niets veranderd; wijzig de bestaande opdracht.`
          : `${titled.length} van de gekozen dilemma’s staan al klaar voor deze klas. Er is niets veranderd; wijzig de bestaande opdrachten.`,
      links: titled.map((a) => ({
        href: `/klas/${group.id}/opdrachten?wijzig=${a.id}#opdracht-${a.id}`,
        label: `Opdracht ‘${a.title}’ wijzigen`,
      })),
    }
  }
  await db().assignment.createMany({
    data: dilemmas.map((d) => ({ groupId: group.id, caseId: d.caseId, dilemmaId: d.dilemmaId, dueAt, note })),
    // Two submits of the same form at once: the second adds nothing.
    skipDuplicates: true,
  })
  const count = dilemmas.length
  return { ok: true, message: count === 1 ? 'Het dilemma is klaargezet.' : `${count} dilemma’s zijn klaargezet.` }
}

export async function updateAssignment(group: ManagedClass, input: unknown, now = new Date()): Promise<FormResult> {
  const parsed = updateAssignmentSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const assignment = await db().assignment.findFirst({ where: { id: parsed.data.assignmentId, groupId: group.id } })
  if (!assignment) return { ok: false, message: 'Deze opdracht bestaat niet meer.' }
  const dueAt = parsed.data.dueAt || null
  // A past date is refused unless it is the date the assignment already had (editing only the note).
  const unchanged = dueAt && assignment.dueAt && dutchDay(dueAt) === dutchDay(assignment.dueAt)
  if (dueAt && dueAt < now && !unchanged) return { ok: false, fieldErrors: { dueAt: PAST_DUE } }
  await db().assignment.update({
    where: { id: assignment.id },
    data: { dueAt: unchanged ? assignment.dueAt : dueAt, note: parsed.data.note || null },
  })
  return { ok: true, message: 'De opdracht is bijgewerkt.' }
}

/** Withdrawing an assignment removes the to-do, not the work: attempts and choices stay. */
export async function removeAssignment(group: ManagedClass, assignmentId: unknown): Promise<FormResult> {
  if (typeof assignmentId !== 'string' || assignmentId.length > 64)
    return { ok: false, message: 'Deze opdracht bestaat niet meer.' }
  const removed = await db().assignment.deleteMany({ where: { id: assignmentId, groupId: group.id } })
  if (removed.count === 0) return { ok: false, message: 'Deze opdracht bestaat niet meer.' }
  return { ok: true, message: 'De opdracht is ingetrokken. Wat studenten al deden, blijft bewaard.' }
}

export type ClassAssignment = {
  id: string
  caseId: string
  dilemmaId: string
  /** Undefined when the dilemma no longer exists in the catalog. */
  title?: string
  /** The case's title (its id when the case no longer exists): a class may mix cases. */
  caseTitle: string
  dueAt: Date | null
  note: string | null
}

/** In the order of the case's spokes, so every table reads the same way round the wheel. */
export async function classAssignments(groupId: string): Promise<ClassAssignment[]> {
  const rows = await db().assignment.findMany({
    where: { groupId },
    select: { id: true, caseId: true, dilemmaId: true, dueAt: true, note: true },
  })
  const order = new Map<string, number>()
  for (const c of getCatalog().cases) for (const d of c.dilemmas) order.set(`${c.id}/${d.id}`, order.size)
  return rows
    .map((row) => ({
      ...row,
      title: dilemmaTitle(row.caseId, row.dilemmaId),
      caseTitle: getCase(row.caseId)?.frontmatter.title ?? row.caseId,
    }))
    .sort(
      (a, b) =>
        (order.get(`${a.caseId}/${a.dilemmaId}`) ?? Number.MAX_SAFE_INTEGER) -
        (order.get(`${b.caseId}/${b.dilemmaId}`) ?? Number.MAX_SAFE_INTEGER),
    )
}

export type LearnerAssignment = ClassAssignment & {
  groupId: string
  groupName: string
  progress: Standing
  overdue: boolean
}

/** "Mijn opdrachten": the assignments of every active class the learner is in, soonest due first. */
export async function learnerAssignments(userId: string, now = new Date()): Promise<LearnerAssignment[]> {
  const memberships = await db().groupMember.findMany({
    where: { userId, group: { kind: 'klas', archivedAt: null } },
    select: { group: { select: { id: true, name: true } } },
  })
  const perGroup = await Promise.all(
    memberships.map(async ({ group }) =>
      (await classAssignments(group.id)).map((a) => ({ ...a, groupId: group.id, groupName: group.name })),
    ),
  )
  const assignments = perGroup.flat()
  const progress = await standings([userId], assignments)
  return assignments
    .map((a) => {
      const mine = standingOf(progress, userId, a)
      return { ...a, progress: mine, overdue: Boolean(a.dueAt && a.dueAt < now && mine.status !== 'afgerond') }
    })
    .sort((a, b) => (a.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER))
}
