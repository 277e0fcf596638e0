import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import type { PlayableDilemma } from '@/lib/progress/attempts.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { completionReport, completionsPerMonth, requiredInScope, teamOverview } from '@/lib/reports/completion.server'
import { toReportFilters } from '@/lib/reports/filters'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { monthsUpTo, periodProblem } from '@/lib/reports/period'
import { describeRequired, requiredModules, setRequiredModules } from '@/lib/reports/required.server'
import { dilemmaTable, teamTable, WITHOUT_TEAM } from '@/lib/reports/tables.server'
import { getCase, getCatalog } from '@/lib/scenarios/catalog.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { play, playChoices } from '../support/play'

// The completion report's numbers add up: deelnemers are learners only, the team table explains how its rows relate
// to that total, the headline says all/some/none of the modules that count, and the monthly trend buckets by Dutch
// calendar month.

const everything = toReportFilters({})
const huisarts = playableDilemma('kramer', 'huisarts') as PlayableDilemma
const mentor = playableDilemma('kramer', 'mentor') as PlayableDilemma
/** An onjuist ending (0%): afgerond, not behaald. */
const ONJUIST_HUISARTS = ['binnenroepen', 'negeren', 'alsnog', 'erik-bellen']

async function learner(organisationId: string) {
  return createUser(db(), { organisationId, role: 'learner' })
}

test('deelnemers are learners only; the team table has zonder team and says who is counted twice', async () => {
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  const noord = await createGroup(db(), { organisationId: org.id, kind: 'team', name: 'Team Noord' })
  const zuid = await createGroup(db(), { organisationId: org.id, kind: 'team', name: 'Team Zuid' })
  const [a, b, c] = [await learner(org.id), await learner(org.id), await learner(org.id)]
  await learner(org.id) // in no team
  const coordinator = await createUser(db(), { organisationId: org.id, role: 'coordinator' })
  const docent = await createUser(db(), { organisationId: org.id, role: 'docent' })
  await addToGroup(db(), noord.id, a.id)
  await addToGroup(db(), noord.id, b.id)
  await addToGroup(db(), zuid.id, b.id) // b is in two teams
  await addToGroup(db(), zuid.id, c.id)
  await addToGroup(db(), noord.id, coordinator.id) // a coordinator in a team is no deelnemer
  await addToGroup(db(), zuid.id, docent.id)
  // d is in no team. The coordinator plays too; that never counts.
  await play(coordinator.id, huisarts)
  await play(a.id, huisarts)

  const { modules } = await requiredModules(org.id)
  const report = await completionReport(org.id, everything, modules)
  expect(report.learners).toBe(4)

  const overview = await teamOverview(org.id, everything, modules)
  expect(overview.teams.map((t) => [t.name, t.members])).toEqual([
    ['Team Noord', 2],
    ['Team Zuid', 2],
  ])
  expect(overview.withoutTeam.members).toBe(1)
  expect(overview).toMatchObject({ learners: 4, inSeveralTeams: 1, doubleCounted: 1 })
  // The rows add up: 2 + 2 + 1 = 4 deelnemers + 1 counted twice.
  const rowsSum = overview.teams.reduce((s, t) => s + t.members, 0) + overview.withoutTeam.members
  expect(rowsSum).toBe(report.learners + overview.doubleCounted)

  const { table, note } = await teamTable({ organisationId: org.id, filters: everything, required: modules })
  expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
    ['Team Noord', 2],
    ['Team Zuid', 2],
    [WITHOUT_TEAM, 1],
  ])
  expect(note).toContain('1 deelnemer zit in twee of meer teams')
  expect(note).toContain('de rijen samen op tot 5: 4 deelnemers plus 1 dubbel geteld')

  // Filtered on a team: that team's deelnemers only, without the zonder-team row.
  const onNoord = toReportFilters({ team: noord.id })
  expect((await completionReport(org.id, onNoord, modules)).learners).toBe(2)
  const noordTable = await teamTable({ organisationId: org.id, filters: onNoord, required: modules })
  expect(noordTable.table.rows.map((r) => r[0])).toEqual(['Team Noord'])
  expect(noordTable.note).toBeNull()

  // With nobody in two teams, the rows add up to the deelnemers exactly.
  await db().groupMember.delete({ where: { groupId_userId: { groupId: zuid.id, userId: b.id } } })
  const single = await teamTable({ organisationId: org.id, filters: everything, required: modules })
  expect(single.table.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(4)
  expect(single.note).toContain('Niemand zit in twee of meer teams, dus de rijen tellen samen op tot 4 deelnemers')
})

test('the headline counts all, some and none of the required modules, with and without a chosen list', async () => {
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  const [all, some, onjuist] = [await learner(org.id), await learner(org.id), await learner(org.id)]
  await learner(org.id) // does nothing
  const coordinator = await createUser(db(), { organisationId: org.id, role: 'coordinator' })
  await play(all.id, huisarts)
  await play(all.id, mentor)
  await play(some.id, huisarts)
  await playChoices(onjuist.id, huisarts, ONJUIST_HUISARTS)
  await playChoices(onjuist.id, mentor, [])
  await play(coordinator.id, huisarts)
  await play(coordinator.id, mentor)

  // None chosen: every dilemma of every case counts; nobody did all eight.
  const defaults = await requiredModules(org.id)
  expect(defaults.chosen).toBe(false)
  const total = getCatalog().cases.reduce((n, c) => n + c.dilemmas.length, 0)
  expect(defaults.modules).toHaveLength(total)
  // One phrase per case, each with that case's own number of dilemmas.
  const described = describeRequired(defaults.modules, false)
  for (const c of getCatalog().cases) {
    expect(described).toContain(`alle ${c.dilemmas.length} dilemma’s van ${getCase(c.id)?.frontmatter.title}`)
  }
  expect(described).toMatch(/^Verplicht: .* \(er zijn geen verplichte modules gekozen\)\.$/)
  const byDefault = await completionReport(org.id, everything, defaults.modules)
  expect(byDefault.learners).toBe(4)
  expect(byDefault.afgerond).toEqual({ all: 0, some: 3, none: 1 })
  expect(byDefault.behaald).toEqual({ all: 0, some: 2, none: 2 })

  // Chosen: huisarts and mentor. all did both; some and onjuist one (onjuist not behaald); none nothing.
  await setRequiredModules(coordinator.id, org.id, { modules: ['kramer/huisarts', 'kramer/mentor'] })
  const chosen = await requiredModules(org.id)
  expect(describeRequired(chosen.modules, chosen.chosen)).toBe(
    'Verplicht (door jullie gekozen): Blauwe plekken en Maandag weer niet.',
  )
  const report = await completionReport(org.id, everything, chosen.modules)
  expect(report.afgerond).toEqual({ all: 1, some: 2, none: 1 })
  expect(report.behaald).toEqual({ all: 1, some: 1, none: 2 })
  expect([report.completedAll, report.behaaldAll]).toEqual([1, 1])
  for (const counts of [report.afgerond, report.behaald])
    expect(counts.all + counts.some + counts.none).toBe(report.learners)

  // Only huisarts: "some" cannot happen; the onjuist run is afgerond but not behaald.
  await setRequiredModules(coordinator.id, org.id, { modules: ['kramer/huisarts'] })
  const one = await completionReport(org.id, everything, (await requiredModules(org.id)).modules)
  expect(one.afgerond).toEqual({ all: 3, some: 0, none: 1 })
  expect(one.behaald).toEqual({ all: 2, some: 0, none: 2 })

  // By the end of a period before anything happened, nobody finished anything.
  const past = toReportFilters({ van: '2020-01-01', tot: '2020-12-31' })
  expect((await completionReport(org.id, past, chosen.modules)).afgerond).toEqual({ all: 0, some: 0, none: 4 })
})

test('completions per month bucket by the Dutch calendar month, at the boundaries too', async () => {
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  const users = [await learner(org.id), await learner(org.id), await learner(org.id), await learner(org.id)]
  for (const u of users) await play(u.id, huisarts)
  // Moments around month boundaries in Europe/Amsterdam (CET = UTC+1 in winter, CEST = UTC+2 in summer).
  const moments = [
    '2026-01-31T23:30:00Z', // 1 Feb 00:30 in Amsterdam: February
    '2026-01-31T22:59:59Z', // 31 Jan 23:59:59 in Amsterdam: January
    '2026-05-31T22:00:00Z', // 1 Jun 00:00 in Amsterdam (summer time): June
    '2026-11-30T22:59:59Z', // 30 Nov 23:59:59 in Amsterdam: November, the last month of the trend
  ]
  for (const [i, u] of users.entries()) {
    const at = new Date(moments[i] as string)
    await db().learnerDilemma.updateMany({
      where: { organisationId: org.id, userId: u.id },
      data: { completedAt: at, behaaldAt: i === 0 ? null : at, startedAt: at },
    })
  }
  const now = new Date('2026-11-30T23:30:00Z') // already 1 December in Amsterdam
  const months = await completionsPerMonth(org.id, everything, now)
  expect(months).toHaveLength(12)
  expect(months[0]?.key).toBe('2026-01')
  expect(months[11]?.key).toBe('2026-12')
  const counts = Object.fromEntries(months.map((m) => [m.key, [m.completed, m.behaald]]))
  expect(counts['2026-01']).toEqual([1, 1])
  expect(counts['2026-02']).toEqual([1, 0])
  expect(counts['2026-05']).toEqual([0, 0])
  expect(counts['2026-06']).toEqual([1, 1])
  expect(counts['2026-11']).toEqual([1, 1])
  expect(counts['2026-12']).toEqual([0, 0])
  expect(months.reduce((s, m) => s + m.completed, 0)).toBe(4)
  expect(months[0]?.label).toBe('januari 2026')

  // The trend ends at the month of the period's end when that is earlier: 12 months up to June 2026.
  const untilJune = await completionsPerMonth(org.id, toReportFilters({ tot: '2026-06-15' }), now)
  expect(untilJune.map((m) => m.key)).toEqual(monthsUpTo(new Date('2026-06-15T10:00:00Z'), 12).map((m) => m.key))
  expect(untilJune.at(-1)?.key).toBe('2026-06')
  expect(untilJune.reduce((s, m) => s + m.completed, 0)).toBe(3)
})

test('months are whole Dutch calendar months across the clock change', () => {
  const [march, april] = monthsUpTo(new Date('2026-04-10T12:00:00Z'), 2)
  expect(march).toMatchObject({ key: '2026-03', start: new Date('2026-02-28T23:00:00Z') })
  expect(march?.end).toEqual(new Date('2026-03-31T22:00:00Z'))
  expect(april?.start).toEqual(march?.end)
  const yearTurn = monthsUpTo(new Date('2027-01-05T12:00:00Z'), 2)
  expect(yearTurn.map((m) => m.key)).toEqual(['2026-12', '2027-01'])
})

test('a reversed, empty or impossible period is a Dutch error, not a report of zeros', () => {
  expect(periodProblem({})).toBeNull()
  expect(periodProblem({ van: '2026-01-01' })).toBeNull()
  expect(periodProblem({ van: '2026-01-01', tot: '2026-01-01' })).toBeNull()
  expect(periodProblem({ van: '2026-03-01', tot: '2026-02-01' })).toEqual({
    message: expect.stringContaining('‘Vanaf’ ligt na ‘Tot en met’'),
    fields: ['van', 'tot'],
  })
  expect(periodProblem({ van: '2026-02-31' })).toEqual({
    message: expect.stringContaining('De datum bij ‘Vanaf’ bestaat niet'),
    fields: ['van'],
  })
  expect(periodProblem({ tot: 'gisteren' })?.fields).toEqual(['tot'])
})

test('the report reads per case and in total; a case that does not exist is a Dutch message', async () => {
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  const [a, b] = [await learner(org.id), await learner(org.id)]
  await learner(org.id)
  const school = playableDilemma('brouwer', 'school') as PlayableDilemma
  await play(a.id, huisarts)
  await play(b.id, school)
  await play(a.id, school)
  const { modules } = await requiredModules(org.id)
  const context = (filters: ReturnType<typeof toReportFilters>) => ({
    organisationId: org.id,
    filters,
    required: modules,
  })

  const total = await dilemmaTable(context(everything))
  expect(total.table.header.at(-1)).toBe('Casus')
  // Kramer first (catalogue order), each row with its case.
  expect(total.table.rows.map((r) => [r[6], r[1]])).toEqual([
    ['De familie Kramer', 1],
    ['Het huishouden Brouwer', 2],
  ])
  expect(total.report.learners).toBe(3)

  const { filters: brouwer } = await reportFiltersFor(org.id, { casus: 'brouwer' })
  expect(brouwer).toMatchObject({ caseId: 'brouwer', caseProblem: undefined })
  const perCase = await dilemmaTable(context(brouwer))
  expect(perCase.table.rows.map((r) => [r[0], r[1], r[6]])).toEqual([
    [getCase('brouwer')?.dilemmas.find((d) => d.id === 'school')?.frontmatter.title, 2, 'Het huishouden Brouwer'],
  ])
  // Deelnemers stay everyone; "all required modules" are that case's share of them.
  expect(perCase.report.learners).toBe(3)
  expect(requiredInScope(modules, brouwer).every((m) => m.caseId === 'brouwer')).toBe(true)
  expect(requiredInScope(modules, brouwer)).toHaveLength(getCase('brouwer')?.dilemmas.length ?? -1)
  expect(perCase.report.afgerond).toEqual({ all: 0, some: 2, none: 1 })
  const { filters: kramer } = await reportFiltersFor(org.id, { casus: 'kramer' })
  expect((await dilemmaTable(context(kramer))).report.afgerond).toEqual({ all: 0, some: 1, none: 2 })

  // A dilemma of another case than the chosen one is dropped rather than giving an empty report.
  const { filters: mixed } = await reportFiltersFor(org.id, { casus: 'brouwer', dilemma: 'kramer/huisarts' })
  expect(mixed).toMatchObject({ caseId: 'brouwer', dilemma: undefined })

  for (const casus of ['bestaat-niet', 'x'.repeat(500), '../kramer']) {
    const { filters } = await reportFiltersFor(org.id, { casus })
    expect(filters.caseProblem, casus).toBe('Deze casus bestaat niet. Kies een casus uit de lijst, of ‘Alle casussen’.')
    expect(filters.caseId).toBeUndefined()
  }
  // Empty means all cases.
  expect((await reportFiltersFor(org.id, { casus: '' })).filters).toMatchObject({
    caseId: undefined,
    caseProblem: undefined,
  })
})
