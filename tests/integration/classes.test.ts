import { expect, test } from 'vitest'
import type { CurrentUser } from '@/lib/auth/session.server'
import { findClass, type ManagedClass } from '@/lib/classes/access.server'
import {
  assignDilemmas,
  classAssignments,
  learnerAssignments,
  removeAssignment,
  updateAssignment,
} from '@/lib/classes/assignments.server'
import { changeJoinCode, createClass, removeMember, setArchived } from '@/lib/classes/classes.server'
import { joinClass, lookUpJoinCode } from '@/lib/classes/join.server'
import { classProgress } from '@/lib/classes/progress.server'
import { dutchDay } from '@/lib/classes/schemas'
import { db } from '@/lib/db/client.server'
import { getCase } from '@/lib/scenarios/catalog.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'

const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number) => dutchDay(new Date(Date.now() + days * DAY))

async function docentWithClass() {
  const org = await createOrganisation(db(), { kind: 'hogeschool' })
  const user = await createUser(db(), { organisationId: org.id, role: 'docent', name: 'Docent' })
  const docent: CurrentUser = {
    id: user.id,
    name: user.name,
    email: user.email,
    memberships: [{ organisationId: org.id, organisationName: org.name, role: 'docent' }],
  }
  const created = await createClass(docent, { name: 'SPH 2B', organisationId: org.id, validity: '28' })
  expect(created.ok).toBe(true)
  const group = (await findClass(created.groupId ?? '')) as ManagedClass
  return { org, docent, group }
}

const reload = async (group: ManagedClass) => (await findClass(group.id)) as ManagedClass

test('a docent creates a class with a code that expires, only in their own organisation', async () => {
  const { docent, group } = await docentWithClass()
  expect(group.joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  const days = ((group.joinCodeExpiresAt?.getTime() ?? 0) - Date.now()) / DAY
  expect(days).toBeGreaterThan(27.9)
  expect(days).toBeLessThan(28.1)
  const other = await createOrganisation(db())
  const refused = await createClass(docent, { name: 'Elders', organisationId: other.id })
  expect(refused).toMatchObject({ ok: false, fieldErrors: { organisationId: expect.any(String) } })
  expect(await createClass(docent, { name: 'x', organisationId: group.organisationId })).toMatchObject({
    ok: false,
    fieldErrors: { name: expect.stringContaining('minstens 2') },
  })
})

test('joining: by code once, twice is harmless, and closed codes say why', async () => {
  const { group } = await docentWithClass()
  const outsider = await createOrganisation(db())
  const learner = await createUser(db(), { organisationId: outsider.id, role: 'coordinator' })
  const first = await joinClass(learner.id, (group.joinCode ?? '').toLowerCase().replace('-', ' '))
  expect(first).toMatchObject({ ok: true, alreadyMember: false })
  expect(await joinClass(learner.id, group.joinCode ?? '')).toMatchObject({ ok: true, alreadyMember: true })
  expect(await db().groupMember.count({ where: { groupId: group.id } })).toBe(1)
  // Someone without a role in the class's organisation becomes a learner there.
  expect(
    await db().membership.findMany({ where: { userId: learner.id, organisationId: group.organisationId } }),
  ).toEqual([expect.objectContaining({ role: 'learner' })])

  expect(await lookUpJoinCode('ZZZZ-ZZZZ')).toEqual({ kind: 'unknown' })
  await db().group.update({ where: { id: group.id }, data: { joinCodeExpiresAt: new Date(Date.now() - 1000) } })
  expect(await lookUpJoinCode(group.joinCode ?? '')).toEqual({ kind: 'expired' })
  const other = await createUser(db())
  expect(await joinClass(other.id, group.joinCode ?? '')).toMatchObject({
    ok: false,
    message: expect.stringContaining('verlopen'),
  })
  expect(await db().groupMember.count({ where: { groupId: group.id } })).toBe(1)

  await changeJoinCode(await reload(group), { action: 'uitzetten' })
  expect(await lookUpJoinCode(group.joinCode ?? '')).toEqual({ kind: 'disabled' })
  await changeJoinCode(await reload(group), { action: 'aanzetten', validity: '7' })
  expect((await lookUpJoinCode(group.joinCode ?? '')).kind).toBe('open')
})

test('a new code replaces the old one; archiving closes the class and can be undone', async () => {
  const { docent, group } = await docentWithClass()
  const result = await changeJoinCode(group, { action: 'vernieuwen', validity: '91' })
  expect(result.ok).toBe(true)
  const renewed = await reload(group)
  expect(renewed.joinCode).not.toBe(group.joinCode)
  expect(await lookUpJoinCode(group.joinCode ?? '')).toEqual({ kind: 'unknown' })
  expect((await lookUpJoinCode(renewed.joinCode ?? '')).kind).toBe('open')
  expect(await changeJoinCode(renewed, { action: 'wissen' })).toMatchObject({ ok: false })

  await setArchived(docent, renewed, true)
  expect(await lookUpJoinCode(renewed.joinCode ?? '')).toEqual({ kind: 'archived' })
  expect(await assignDilemmas(await reload(group), { dilemmas: ['kramer/huisarts'] })).toMatchObject({ ok: false })
  await setArchived(docent, renewed, false)
  expect((await lookUpJoinCode(renewed.joinCode ?? '')).kind).toBe('open')
  expect(await db().auditLog.count({ where: { actorId: docent.id, action: { startsWith: 'class.' } } })).toBe(2)
})

test('assignments: whole case, unknown dilemmas, past dates, edits and withdrawal', async () => {
  const { group } = await docentWithClass()
  const kramer = getCase('kramer')
  expect(kramer).toBeDefined()

  expect(await assignDilemmas(group, { dilemmas: ['kramer/bestaat-niet'] })).toMatchObject({
    ok: false,
    fieldErrors: { dilemmas: expect.stringContaining('bestaat niet') },
  })
  expect(await assignDilemmas(group, { dilemmas: ['kramer/huisarts'], dueAt: inDays(-1) })).toMatchObject({
    ok: false,
    fieldErrors: { dueAt: expect.stringContaining('verleden') },
  })
  expect(await assignDilemmas(group, { dilemmas: [] })).toMatchObject({
    ok: false,
    fieldErrors: { dilemmas: expect.any(String) },
  })
  expect(await db().assignment.count({ where: { groupId: group.id } })).toBe(0)

  const whole = await assignDilemmas(group, {
    dilemmas: ['kramer/*', 'kramer/huisarts'],
    dueAt: inDays(7),
    note: 'Voor week 3',
  })
  expect(whole.ok).toBe(true)
  const assigned = await classAssignments(group.id)
  expect(assigned.map((a) => a.dilemmaId)).toEqual(kramer?.dilemmas.map((d) => d.id))
  expect(assigned[0]).toMatchObject({ note: 'Voor week 3', title: kramer?.dilemmas[0]?.frontmatter.title })
  expect(dutchDay(assigned[0]?.dueAt as Date)).toBe(inDays(7))

  // Assigning an assigned dilemma again would overwrite its note and date: refused, with a link to change it instead.
  const huisarts = assigned.find((a) => a.dilemmaId === 'huisarts')
  const again = await assignDilemmas(group, { dilemmas: ['kramer/huisarts'], dueAt: inDays(3), note: 'Anders' })
  expect(again).toMatchObject({
    ok: false,
    message: expect.stringContaining('staat al klaar'),
    links: [{ href: `/klas/${group.id}/opdrachten?wijzig=${huisarts?.id}#opdracht-${huisarts?.id}` }],
  })
  expect((await classAssignments(group.id)).find((a) => a.dilemmaId === 'huisarts')).toMatchObject({
    note: 'Voor week 3',
    dueAt: huisarts?.dueAt,
  })

  // Editing the note of an assignment whose date has passed keeps that date; moving it into the past is refused.
  const first = assigned[0]?.id as string
  await db().assignment.update({ where: { id: first }, data: { dueAt: new Date(Date.now() - 2 * DAY) } })
  const pastDay = dutchDay(new Date(Date.now() - 2 * DAY))
  expect(await updateAssignment(group, { assignmentId: first, dueAt: pastDay, note: 'Nieuw' })).toMatchObject({
    ok: true,
  })
  expect(await updateAssignment(group, { assignmentId: first, dueAt: inDays(-5), note: 'Nieuw' })).toMatchObject({
    ok: false,
  })
  expect(await updateAssignment(group, { assignmentId: 'bestaat-niet', note: 'x' })).toMatchObject({ ok: false })

  expect(await removeAssignment(group, first)).toMatchObject({ ok: true })
  expect(await removeAssignment(group, first)).toMatchObject({ ok: false })
  // An assignment whose dilemma was removed from the content stays visible as such, without a title.
  await db().assignment.create({ data: { groupId: group.id, caseId: 'kramer', dilemmaId: 'verdwenen' } })
  expect((await classAssignments(group.id)).at(-1)).toMatchObject({ dilemmaId: 'verdwenen', title: undefined })
})

async function completedAttempt(
  userId: string,
  dilemmaId: string,
  score: number,
  minutesAgo: number,
  status = 'completed',
) {
  const startedAt = new Date(Date.now() - minutesAgo * 60_000)
  return db().attempt.create({
    data: {
      userId,
      caseId: 'kramer',
      dilemmaId,
      contentHash: 'test',
      currentScene: 'einde',
      status: status as 'completed' | 'in_progress',
      score: status === 'completed' ? score : null,
      startedAt,
      completedAt: status === 'completed' ? new Date(startedAt.getTime() + 3 * 60_000) : null,
      events: {
        create: [1, 2, 3].map((step) => ({
          step,
          kind: 'choice',
          fromScene: `s${step}`,
          toScene: `s${step + 1}`,
          createdAt: new Date(startedAt.getTime() + step * 60_000),
        })),
      },
    },
  })
}

test('progress: status, best score, active time; removing a student mid-attempt keeps their work', async () => {
  const { docent, group } = await docentWithClass()
  await assignDilemmas(group, { dilemmas: ['kramer/huisarts', 'kramer/mentor'], dueAt: inDays(3) })
  const anna = await createUser(db(), { name: 'Anna' })
  const bram = await createUser(db(), { name: 'Bram' })
  for (const u of [anna, bram]) await joinClass(u.id, group.joinCode ?? '')
  await completedAttempt(anna.id, 'huisarts', 60, 120)
  await completedAttempt(anna.id, 'huisarts', 90, 60)
  const running = await completedAttempt(bram.id, 'mentor', 0, 30, 'in_progress')

  const progress = await classProgress(group.id, { sorteer: 'voortgang', richting: 'af' })
  expect(progress.assignments.map((a) => a.dilemmaId)).toEqual(['huisarts', 'mentor'])
  expect(progress.rows.map((r) => r.name)).toEqual(['Anna', 'Bram'])
  const [annaRow, bramRow] = progress.rows
  expect(annaRow?.cells[0]).toMatchObject({ status: 'afgerond', bestScore: 90, seconds: 360 })
  expect(annaRow?.cells[1]).toMatchObject({ status: 'niet-gestart' })
  expect(bramRow?.cells[1]).toMatchObject({ status: 'bezig', bestScore: null, seconds: 180 })

  const mine = await learnerAssignments(anna.id)
  expect(mine.map((a) => [a.dilemmaId, a.progress.status, a.overdue])).toEqual([
    ['huisarts', 'afgerond', false],
    ['mentor', 'niet-gestart', false],
  ])
  await db().assignment.updateMany({ where: { groupId: group.id }, data: { dueAt: new Date(Date.now() - DAY) } })
  expect((await learnerAssignments(anna.id)).map((a) => a.overdue)).toEqual([false, true])

  const removed = await removeMember(docent, group, { userId: bram.id })
  expect(removed.ok).toBe(true)
  expect(await removeMember(docent, group, { userId: bram.id })).toMatchObject({ ok: false })
  expect(await db().attempt.findUnique({ where: { id: running.id }, include: { events: true } })).toMatchObject({
    status: 'in_progress',
    events: expect.arrayContaining([expect.objectContaining({ step: 3 })]),
  })
  expect((await classProgress(group.id)).rows.map((r) => r.name)).toEqual(['Anna'])
  expect(await learnerAssignments(bram.id)).toEqual([])
})
