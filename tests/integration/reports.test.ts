import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { offeredChoices } from '@/lib/engine/moves'
import { type PlayableDilemma, recordMove } from '@/lib/progress/attempts.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { completionPerTeam, completionReport } from '@/lib/reports/completion.server'
import { toReportFilters } from '@/lib/reports/filters'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { decisionPointInsight, knelpunten } from '@/lib/reports/insight.server'
import { requiredModules, setRequiredModules } from '@/lib/reports/required.server'
import { staffList } from '@/lib/reports/staff.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { play, playChoices } from '../support/play'

const everything = toReportFilters({})
const huisarts = playableDilemma('kramer', 'huisarts') as PlayableDilemma
const mentor = playableDilemma('kramer', 'mentor') as PlayableDilemma

async function organisationWithLearners(count: number) {
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  const learners = []
  for (let i = 0; i < count; i++) {
    learners.push(
      await createUser(db(), {
        organisationId: org.id,
        role: 'learner',
        name: `Medewerker ${String(i).padStart(2, '0')}`,
      }),
    )
  }
  return { org, learners }
}

test('the recorder keeps the rollups in step: started, completed with best score, first answers only', async () => {
  const { org, learners } = await organisationWithLearners(1)
  const [learner] = learners
  if (!learner) throw new Error('no learner')
  await play(learner.id, huisarts, { pick: 1 })
  await play(learner.id, huisarts, { pick: 0 })
  await play(learner.id, mentor, { stopAfter: 1 })
  const rows = await db().learnerDilemma.findMany({ where: { userId: learner.id }, orderBy: { dilemmaId: 'asc' } })
  expect(rows.map((r) => [r.organisationId, r.dilemmaId, r.completedAt !== null])).toEqual([
    [org.id, 'huisarts', true],
    [org.id, 'mentor', false],
  ])
  const attempts = await db().attempt.findMany({ where: { userId: learner.id, dilemmaId: 'huisarts' } })
  expect(rows[0]?.bestScore).toBe(Math.max(...attempts.map((a) => a.score ?? 0)))
  // Two plays of huisarts, but one first answer per scene: the first play's.
  const answers = await db().firstAnswer.findMany({ where: { userId: learner.id, dilemmaId: 'huisarts' } })
  const firstPlayEvents = await db().choiceEvent.findMany({
    where: { attempt: { userId: learner.id, dilemmaId: 'huisarts' }, kind: 'choice' },
    orderBy: [{ createdAt: 'asc' }, { step: 'asc' }],
  })
  const expected = new Map<string, string>()
  for (const e of firstPlayEvents) if (!expected.has(e.fromScene)) expected.set(e.fromScene, e.choiceId ?? '')
  expect(new Map(answers.map((a) => [a.sceneId, a.choiceId]))).toEqual(expected)
})

test('rollups cover every organisation of the learner; a completion also reaches one they left meanwhile', async () => {
  const { org: first, learners } = await organisationWithLearners(1)
  const [learner] = learners
  if (!learner) throw new Error('no learner')
  const second = await createOrganisation(db(), { kind: 'gemeente' })
  await db().membership.create({ data: { userId: learner.id, organisationId: second.id, role: 'learner' } })
  const started = await play(learner.id, mentor, { stopAfter: 1 })
  expect(await db().learnerDilemma.count({ where: { userId: learner.id, completedAt: null } })).toBe(2)
  expect(await db().firstAnswer.count({ where: { userId: learner.id } })).toBe(2)
  // The learner leaves the first organisation, then finishes the dilemma.
  await db().membership.deleteMany({ where: { userId: learner.id, organisationId: first.id } })
  let state = started
  while (state.status === 'in_progress') {
    const choice = offeredChoices(mentor.graph, state)[0]
    if (!choice) throw new Error(`no choice offered in ${state.scene}`)
    state = await recordMove(learner.id, state.attemptId, mentor, {
      kind: 'choice',
      step: state.step + 1,
      choiceId: choice.id,
    })
  }
  const rows = await db().learnerDilemma.findMany({ where: { userId: learner.id } })
  expect(rows).toHaveLength(2)
  // The first choices reach a passend ending at 90%: behaald, in every organisation's row.
  for (const row of rows)
    expect(row).toMatchObject({ bestScore: state.score, completedAt: expect.any(Date), behaaldAt: expect.any(Date) })
})

test('completion counts learners, starts and completions per dilemma, required modules and teams, per organisation', async () => {
  const { org, learners } = await organisationWithLearners(4)
  const other = await organisationWithLearners(2)
  const team = await createGroup(db(), { organisationId: org.id, kind: 'team', name: 'Team Noord' })
  const [a, b, c] = learners
  if (!a || !b || !c) throw new Error('learners missing')
  for (const u of [a, b]) await addToGroup(db(), team.id, u.id)
  await play(a.id, huisarts)
  await play(a.id, mentor)
  // b finishes huisarts with an onjuist ending (0%): afgerond, not behaald. The others reach passend at 90%.
  await playChoices(b.id, huisarts, ['binnenroepen', 'negeren', 'alsnog', 'erik-bellen'])
  await play(c.id, mentor, { stopAfter: 1 })
  for (const u of other.learners) await play(u.id, huisarts)

  await setRequiredModules(a.id, org.id, { modules: ['kramer/huisarts', 'kramer/mentor'] })
  const { modules } = await requiredModules(org.id)
  expect(modules.map((m) => m.dilemmaId)).toEqual(['huisarts', 'mentor'])
  const report = await completionReport(org.id, everything, modules)
  expect(report.learners).toBe(4)
  expect(report.completedAll).toBe(1)
  expect(report.behaaldAll).toBe(1)
  const by = Object.fromEntries(report.perDilemma.map((d) => [d.dilemmaId, [d.started, d.completed, d.behaald]]))
  expect(by).toEqual({ huisarts: [2, 2, 1], mentor: [2, 1, 1] })

  const { filters } = await reportFiltersFor(org.id, { team: team.id })
  const teamReport = await completionReport(org.id, filters, modules)
  expect(teamReport.learners).toBe(2)
  expect(Object.fromEntries(teamReport.perDilemma.map((d) => [d.dilemmaId, d.completed]))).toEqual({
    huisarts: 2,
    mentor: 1,
  })
  expect(await completionPerTeam(org.id, everything, modules)).toEqual([
    { id: team.id, name: 'Team Noord', members: 2, completedAll: 1, behaaldAll: 1 },
  ])

  // A team of another organisation in the link is dropped, never applied.
  const foreignTeam = await createGroup(db(), { organisationId: other.org.id, kind: 'team' })
  expect((await reportFiltersFor(org.id, { team: foreignTeam.id })).filters.teamId).toBeUndefined()
  // A period before anything happened has no starts or completions.
  const past = toReportFilters({ van: '2020-01-01', tot: '2020-12-31' })
  expect(
    (await completionReport(org.id, past, modules)).perDilemma.every(
      (d) => d.started === 0 && d.completed === 0 && d.behaald === 0,
    ),
  ).toBe(true)

  const staff = await staffList(org.id, everything, modules, { skip: 0, take: 25 })
  expect(staff.total).toBe(4)
  const rowA = staff.rows.find((r) => r.userId === a.id)
  expect(rowA).toMatchObject({
    teams: ['Team Noord'],
    completedAt: [expect.any(Date), expect.any(Date)],
    behaaldAt: [expect.any(Date), expect.any(Date)],
  })
  expect(Object.keys(rowA ?? {}).sort()).toEqual(['behaaldAt', 'completedAt', 'name', 'teams', 'userId'])
  expect(staff.rows.find((r) => r.userId === b.id)).toMatchObject({
    completedAt: [expect.any(Date), null],
    behaaldAt: [null, null],
  })
  expect(staff.rows.find((r) => r.userId === c.id)?.completedAt).toEqual([null, null])
})

test('insight shows a decision point only from 10 answers, hides small cells with a complement, and ranks knelpunten', async () => {
  const { org, learners } = await organisationWithLearners(12)
  const graph = getDilemma('kramer', 'huisarts')?.graph
  const point = graph?.nodes.find((n) => n.kind === 'scene' && n.choices.length >= 3)
  if (point?.kind !== 'scene') throw new Error('need a decision point with three choices')
  const [first, second, third] = point.choices
  const answer = (userId: string, choiceId: string) =>
    db().firstAnswer.create({
      data: {
        organisationId: org.id,
        userId,
        caseId: 'kramer',
        dilemmaId: 'huisarts',
        sceneId: point.id,
        choiceId,
        answeredAt: new Date(),
      },
    })
  const find = async () => (await decisionPointInsight(org.id, everything)).find((p) => p.sceneId === point.id)

  for (const u of learners.slice(0, 9)) await answer(u.id, first?.id ?? '')
  expect(await find()).toMatchObject({ respondents: 9, shown: false, riskShare: null })
  expect((await find())?.choices.every((c) => c.count === null)).toBe(true)

  // 12 answers: 9, 2, 1 → the 2 and the 1 are hidden (two small cells, no complement needed).
  await answer(learners[9]?.id ?? '', second?.id ?? '')
  await answer(learners[10]?.id ?? '', second?.id ?? '')
  await answer(learners[11]?.id ?? '', third?.id ?? '')
  const shown = await find()
  expect(shown?.shown).toBe(true)
  expect(shown?.choices.slice(0, 3).map((c) => c.count)).toEqual([9, null, null])
  const other = await createOrganisation(db())
  expect((await decisionPointInsight(other.id, everything)).find((p) => p.sceneId === point.id)?.respondents).toBe(0)
  expect(
    knelpunten((await decisionPointInsight(org.id, everything)).filter((p) => p.sceneId === point.id)).length,
  ).toBeLessThanOrEqual(1)
})

test('an erased learner leaves the organisation totals unchanged', async () => {
  const { org, learners } = await organisationWithLearners(2)
  const [a] = learners
  if (!a) throw new Error('no learner')
  await play(a.id, huisarts)
  const before = await completionReport(org.id, everything, (await requiredModules(org.id)).modules)
  await db().user.delete({ where: { id: a.id } })
  const after = await completionReport(org.id, everything, (await requiredModules(org.id)).modules)
  expect(after.perDilemma).toEqual(before.perDilemma)
  expect(await db().firstAnswer.count({ where: { organisationId: org.id, userId: null } })).toBeGreaterThan(0)
})
