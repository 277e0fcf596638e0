import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { offeredChoices } from '@/lib/engine/moves'
import { type PlayableDilemma, recordMove } from '@/lib/progress/attempts.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { completionPerTeam, completionReport } from '@/lib/reports/completion.server'
import { toReportFilters } from '@/lib/reports/filters'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { decisionPointInsight, knelpunten } from '@/lib/reports/insight.server'
import { ALL_TIME, monthPeriod, quarterPeriod } from '@/lib/reports/periods'
import { cellKey, KEY_RANGE, perturb } from '@/lib/reports/perturbation'
import { requiredModules, setRequiredModules } from '@/lib/reports/required.server'
import { staffList } from '@/lib/reports/staff.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { play, playChoices } from '../support/play'

const everything = toReportFilters({})
const allTime = { period: ALL_TIME }
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

test('insight perturbs every cell in the database as the documented table says, then suppresses small cells', async () => {
  const { org, learners } = await organisationWithLearners(30)
  const graph = getDilemma('kramer', 'huisarts')?.graph
  const point = graph?.nodes.find((n) => n.kind === 'scene' && n.choices.length >= 3)
  if (point?.kind !== 'scene') throw new Error('need a decision point with three choices')
  const keys: number[] = []
  const answer = (userId: string, choiceId: string, recordKey: number) => {
    keys.push(recordKey)
    return db().firstAnswer.create({
      data: {
        organisationId: org.id,
        userId,
        caseId: 'kramer',
        dilemmaId: 'huisarts',
        sceneId: point.id,
        choiceId,
        quality: point.choices.find((c) => c.id === choiceId)?.quality ?? null,
        answeredAt: new Date(),
        recordKey,
      },
    })
  }
  const find = async () => (await decisionPointInsight(org.id, allTime)).find((p) => p.sceneId === point.id)

  // Keys chosen so the cells land in known rows of the perturbation table: 9 answers with key sum 9 × 100 = 900,
  // 900 mod 256 = 132, noise 0; still fewer than 10, nothing shown.
  for (const u of learners.slice(0, 9)) await answer(u.id, point.choices[0]?.id ?? '', 100)
  expect(await find()).toMatchObject({ respondents: 9, shown: false, riskShare: null })
  expect((await find())?.choices.every((c) => c.count === null)).toBe(true)
  // A tenth answer with key 0 (cell key 132 + 0): still noise 0, so 10 answers and the point is shown.
  await answer(learners[9]?.id ?? '', point.choices[1]?.id ?? '', 0)
  expect((await find())?.respondents).toBe(10)

  // Then random answers and keys: every published cell is the TS model's perturbation of its true count and keys.
  const picks: { choice: number; key: number }[] = []
  for (const [i, u] of learners.slice(10).entries()) {
    const pick = { choice: (i * 7) % point.choices.length, key: (i * 97 + 13) % KEY_RANGE }
    picks.push(pick)
    await answer(u.id, point.choices[pick.choice]?.id ?? '', pick.key)
  }
  const all = [...Array.from({ length: 9 }, () => ({ choice: 0, key: 100 })), { choice: 1, key: 0 }, ...picks]
  const published = await find()
  const total = perturb(all.length, cellKey(all.map((a) => a.key)))
  expect(published?.respondents).toBe(total)
  const perChoice = point.choices.map((_, c) => {
    const records = all.filter((a) => a.choice === c).map((a) => a.key)
    return perturb(records.length, cellKey(records))
  })
  for (const [c, choice] of (published?.choices ?? []).entries()) {
    const expected = perChoice[c] ?? 0
    // Suppression is decided on the perturbed count.
    if (expected > 0 && expected < 5) expect(choice.hidden).toBe(true)
    if (!choice.hidden) expect(choice.count).toBe(expected)
  }
  const risky = all
    .filter((a) => ['twijfelachtig', 'onjuist'].includes(point.choices[a.choice]?.quality ?? ''))
    .map((a) => a.key)
  expect(published?.riskShare).toBeCloseTo(Math.min(1, perturb(risky.length, cellKey(risky)) / total), 10)
  // The same request twice: the same table.
  expect(await find()).toEqual(published)

  const other = await createOrganisation(db())
  expect((await decisionPointInsight(other.id, allTime)).find((p) => p.sceneId === point.id)?.respondents).toBe(0)
})

test('knelpunten rank every decision point with enough answers, the worst included even when its cells are hidden', async () => {
  const { org, learners } = await organisationWithLearners(12)
  const graph = getDilemma('kramer', 'huisarts')?.graph
  const point = graph?.nodes.find(
    (n) => n.kind === 'scene' && n.choices.some((c) => c.quality === 'onjuist' || c.quality === 'twijfelachtig'),
  )
  if (point?.kind !== 'scene') throw new Error('need a decision point with a risky choice')
  const riskyChoice = point.choices.find((c) => c.quality === 'onjuist' || c.quality === 'twijfelachtig')
  const safeChoice = point.choices.find((c) => c !== riskyChoice)
  // 11 risky, 1 other: the other cell is small, so both cells hide (complement), yet the point ranks first.
  for (const [i, u] of learners.entries())
    await db().firstAnswer.create({
      data: {
        organisationId: org.id,
        userId: u.id,
        caseId: 'kramer',
        dilemmaId: 'huisarts',
        sceneId: point.id,
        choiceId: (i === 0 ? safeChoice?.id : riskyChoice?.id) ?? '',
        quality: (i === 0 ? safeChoice?.quality : riskyChoice?.quality) ?? null,
        answeredAt: new Date(),
        recordKey: 100 + (i === 0 ? 28 : 0),
      },
    })
  const points = await decisionPointInsight(org.id, allTime)
  const [worst] = knelpunten(points)
  expect(worst?.sceneId).toBe(point.id)
  expect(worst?.riskShare).toBeGreaterThan(0.79)
})

test('team insight counts the team a learner was in when answering, and the rollup gives each answer a fixed key', async () => {
  const { org, learners } = await organisationWithLearners(2)
  const [a, b] = learners
  if (!a || !b) throw new Error('no learners')
  const team = await createGroup(db(), { organisationId: org.id, name: 'Team Oost', kind: 'team' })
  await addToGroup(db(), team.id, a.id)
  await play(a.id, huisarts)
  await addToGroup(db(), team.id, b.id)
  await play(b.id, huisarts)
  const rows = await db().firstAnswer.findMany({ where: { organisationId: org.id } })
  expect(rows.length).toBeGreaterThan(0)
  for (const r of rows) {
    expect(r.recordKey).toBeGreaterThanOrEqual(0)
    expect(r.recordKey).toBeLessThan(KEY_RANGE)
    expect(r.teamIds).toEqual([team.id])
  }
  // Leaving the team afterwards changes nothing in the answers already given.
  await db().groupMember.delete({ where: { groupId_userId: { groupId: team.id, userId: a.id } } })
  const again = await db().firstAnswer.findMany({ where: { organisationId: org.id } })
  expect(new Map(again.map((r) => [r.id, [r.recordKey, r.teamIds]]))).toEqual(
    new Map(rows.map((r) => [r.id, [r.recordKey, r.teamIds]])),
  )
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

test('the monthly insight cells stay equal to the first answers through every write, and periods sum them', async () => {
  const { org, learners } = await organisationWithLearners(6)
  const team = await createGroup(db(), { organisationId: org.id, name: 'Team West', kind: 'team' })
  const graph = getDilemma('kramer', 'huisarts')?.graph
  const point = graph?.nodes.find((n) => n.kind === 'scene' && n.choices.length >= 2)
  if (point?.kind !== 'scene') throw new Error('need a decision point')
  // Straddling Dutch month ends: 31 October 23:30 UTC is already November in Amsterdam.
  const moments = ['2026-10-31T22:30:00Z', '2026-10-31T23:30:00Z', '2026-11-15T12:00:00Z', '2026-12-01T09:00:00Z']
  for (const [i, u] of learners.entries()) {
    const choice = point.choices[i % point.choices.length]
    await db().firstAnswer.create({
      data: {
        organisationId: org.id,
        userId: u.id,
        caseId: 'kramer',
        dilemmaId: 'huisarts',
        sceneId: point.id,
        choiceId: choice?.id ?? '',
        quality: choice?.quality ?? null,
        answeredAt: new Date(moments[i % moments.length] ?? ''),
        recordKey: (i * 53) % KEY_RANGE,
        teamIds: i % 2 === 0 ? [team.id] : [],
      },
    })
  }
  // The cells as the triggers keep them, and as they follow from the rows.
  const cells = () =>
    db().$queryRaw<{ key: string; n: number; k: number }[]>`
      SELECT concat_ws('|', "teamId", "month"::text, "sceneId", "choiceId", "risky"::text) AS key, "n", "keySum"::int AS k
      FROM "InsightCell" WHERE "organisationId" = ${org.id} ORDER BY 1`
  const fromRows = () =>
    db().$queryRaw<{ key: string; n: number; k: number }[]>`
      SELECT concat_ws('|', t.team, date_trunc('month', (a."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date::text,
                       a."sceneId", a."choiceId", coalesce(a."quality" IN ('twijfelachtig', 'onjuist'), false)::text) AS key,
             count(*)::int AS n, sum(a."recordKey")::int AS k
      FROM "FirstAnswer" a CROSS JOIN LATERAL unnest(ARRAY['']::text[] || a."teamIds") AS t(team)
      WHERE a."organisationId" = ${org.id} GROUP BY 1 ORDER BY 1`
  expect(await cells()).toEqual(await fromRows())
  expect((await cells()).some((c) => c.key.includes('2026-11-01'))).toBe(true)
  expect((await cells()).some((c) => c.key.includes('2026-10-01'))).toBe(true)

  // Updates (a team edit on the answers, an erasure nulling the user) and deletes keep them equal.
  await db().firstAnswer.updateMany({
    where: { organisationId: org.id, userId: learners[1]?.id },
    data: { teamIds: [team.id] },
  })
  await db().user.delete({ where: { id: learners[2]?.id ?? '' } })
  expect(await cells()).toEqual(await fromRows())
  await db().firstAnswer.deleteMany({ where: { organisationId: org.id, userId: learners[3]?.id } })
  expect(await cells()).toEqual(await fromRows())

  // A month, a quarter and all time read the same cells: November holds the two answers of 31 October 23:30 UTC and
  // 15 November; all time holds all five that are left.
  const respondents = async (period: Parameters<typeof decisionPointInsight>[1]['period']) =>
    (await decisionPointInsight(org.id, { period })).find((p) => p.sceneId === point.id)?.respondents ?? 0
  const rows = await db().firstAnswer.findMany({ where: { organisationId: org.id } })
  const inNovember = rows.filter(
    (r) => r.answeredAt >= new Date('2026-10-31T23:00:00Z') && r.answeredAt < new Date('2026-11-30T23:00:00Z'),
  )
  expect(await respondents(monthPeriod(2026, 11))).toBe(
    perturb(inNovember.length, cellKey(inNovember.map((r) => r.recordKey))),
  )
  expect(await respondents(ALL_TIME)).toBe(perturb(rows.length, cellKey(rows.map((r) => r.recordKey))))
  const q4 = rows.filter((r) => r.answeredAt >= new Date('2026-09-30T22:00:00Z'))
  expect(await respondents(quarterPeriod(2026, 4))).toBe(perturb(q4.length, cellKey(q4.map((r) => r.recordKey))))

  // No answers left, no cells left.
  await db().firstAnswer.deleteMany({ where: { organisationId: org.id } })
  expect(await cells()).toEqual([])
})
