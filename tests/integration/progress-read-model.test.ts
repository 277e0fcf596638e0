import { beforeAll, describe, expect, test } from 'vitest'
import { certificateOptions } from '@/lib/certificates/eligibility.server'
import { learnerAssignments } from '@/lib/classes/assignments.server'
import { classProgress, progressTable } from '@/lib/classes/progress.server'
import { db } from '@/lib/db/client.server'
import { queueGradeUpdates } from '@/lib/lti/grades.server'
import { backfillOutcomes } from '@/lib/progress/backfill.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { noteCompleted, noteStarted } from '@/lib/progress/rollup.server'
import { STANDING_LABELS, standingLabel } from '@/lib/progress/standing.server'
import { wheelSpokes } from '@/lib/progress/wheel.server'
import { completionReport } from '@/lib/reports/completion.server'
import { toReportFilters } from '@/lib/reports/filters'
import { staffList } from '@/lib/reports/staff.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { BACK, playChoices } from '../support/play'

// One set of learners with different histories on one dilemma, and every view of their progress: the wheel, Mijn
// opdrachten, the class matrix and its CSV, certificates, the gemeente's completion report and staff list, and the
// LTI grade. They must all tell the same story, because they all read the one read model (ADR 018).

// Paths through kramer/huisarts (real content), with the outcome and score they reach.
const PATHS = {
  onjuist0: ['binnenroepen', 'negeren', 'alsnog', 'erik-bellen'],
  passend58: ['binnenroepen', 'beloven', 'oordeel', 'afwachten', 'hulp-eerst', 'nu-melden', 'feiten'],
  passend90: ['binnenroepen', 'beloven', 'kindcheck', 'advies-vragen', 'naar-gesprek', 'herstellen', 'feiten'],
  passend100: ['binnenroepen', 'eerlijk', 'kindcheck', 'advies-vragen', 'naar-gesprek', 'samen-melden', 'feiten'],
  twijfelachtig70: [
    'binnenroepen',
    'beloven',
    'kindcheck',
    'advies-vragen',
    'naar-gesprek',
    'herstellen',
    'heel-dossier',
  ],
  // A wrong choice taken back with "Terug": it does not count, so this is a clean 100.
  terug100: [
    'binnenroepen',
    'negeren',
    BACK,
    'eerlijk',
    'kindcheck',
    'advies-vragen',
    'naar-gesprek',
    'samen-melden',
    'feiten',
  ],
  bezig: ['binnenroepen', 'beloven'],
}

type Expected = { label: keyof typeof STANDING_LABELS; score: number | null; lti: number | null }

const LEARNERS: Record<string, { plays: (keyof typeof PATHS)[]; expected: Expected }> = {
  Nina: { plays: [], expected: { label: 'niet-gestart', score: null, lti: null } },
  Bram: { plays: ['bezig'], expected: { label: 'bezig', score: null, lti: null } },
  Olga: { plays: ['onjuist0'], expected: { label: 'afgerond-niet-behaald', score: 0, lti: 0 } },
  Piet: { plays: ['passend58'], expected: { label: 'afgerond-niet-behaald', score: 58, lti: 58 } },
  Tom: { plays: ['twijfelachtig70'], expected: { label: 'afgerond-niet-behaald', score: 70, lti: 70 } },
  Quinten: { plays: ['passend90'], expected: { label: 'behaald', score: 90, lti: 90 } },
  // Behaald first, then a worse replay: still behaald, the best score stays.
  Roos: { plays: ['passend100', 'onjuist0'], expected: { label: 'behaald', score: 100, lti: 100 } },
  Sam: { plays: ['terug100'], expected: { label: 'behaald', score: 100, lti: 100 } },
}

const names = Object.keys(LEARNERS)
const ids = new Map<string, string>()
let orgId = ''
let klasId = ''

beforeAll(async () => {
  const huisarts = playableDilemma('kramer', 'huisarts')
  if (!huisarts) throw new Error('kramer/huisarts is missing from the catalog')
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  orgId = org.id
  const klas = await createGroup(db(), { organisationId: org.id, name: 'Wijkteam Oost', kind: 'klas' })
  klasId = klas.id
  await db().assignment.create({ data: { groupId: klas.id, caseId: 'kramer', dilemmaId: 'huisarts' } })
  await db().requiredModule.create({ data: { organisationId: org.id, caseId: 'kramer', dilemmaId: 'huisarts' } })
  const platform = await db().ltiPlatform.create({
    data: {
      organisationId: org.id,
      name: 'LMS',
      issuer: `https://lms-${org.id}.example`,
      clientId: 'c',
      deploymentId: 'd',
      authLoginUrl: 'https://lms.example/auth',
      accessTokenUrl: 'https://lms.example/token',
      jwksUrl: 'https://lms.example/jwks',
    },
  })
  for (const name of names) {
    const user = await createUser(db(), { organisationId: org.id, role: 'learner', name })
    ids.set(name, user.id)
    await addToGroup(db(), klas.id, user.id)
    await db().ltiGradeLink.create({
      data: {
        userId: user.id,
        platformId: platform.id,
        ltiUserId: name,
        lineItemUrl: `https://lms.example/items/${name}`,
        caseId: 'kramer',
        dilemmaId: 'huisarts',
      },
    })
    for (const path of LEARNERS[name]?.plays ?? []) await playChoices(user.id, huisarts, PATHS[path])
  }
})

const id = (name: string) => ids.get(name) as string
const expect_ = (name: string) => (LEARNERS[name] as { expected: Expected }).expected

describe('every view agrees with the read model on the same learners', () => {
  test('the recorded attempts reach the outcomes and scores the paths were chosen for', async () => {
    const attempts = await db().attempt.findMany({
      where: { userId: { in: [...ids.values()] }, status: 'completed' },
      select: { userId: true, outcome: true, score: true },
      orderBy: { startedAt: 'asc' },
    })
    const of = (name: string) => attempts.filter((a) => a.userId === id(name)).map((a) => [a.outcome, a.score])
    expect(of('Olga')).toEqual([['onjuist', 0]])
    expect(of('Piet')).toEqual([['passend', 58]])
    expect(of('Tom')).toEqual([['twijfelachtig', 70]])
    expect(of('Quinten')).toEqual([['passend', 90]])
    expect(of('Roos')).toEqual([
      ['passend', 100],
      ['onjuist', 0],
    ])
    expect(of('Sam')).toEqual([['passend', 100]])
  })

  test('the wheel', async () => {
    for (const name of names) {
      const spoke = (await wheelSpokes(id(name), 'kramer'))?.find((s) => s.dilemmaId === 'huisarts')
      const { label, score } = expect_(name)
      expect({ name, status: spoke?.status, score: spoke?.score ?? null }).toEqual({ name, status: label, score })
    }
  })

  test('Mijn opdrachten', async () => {
    for (const name of names) {
      const [assignment] = await learnerAssignments(id(name))
      const { label, score } = expect_(name)
      expect({
        name,
        label: standingLabel(assignment?.progress ?? { status: 'niet-gestart', behaald: false }),
      }).toEqual({ name, label })
      expect(assignment?.progress.bestScore ?? null).toBe(score)
    }
  })

  test('the class matrix and its CSV', async () => {
    const { assignments, rows } = await classProgress(klasId)
    const { header, body } = progressTable(assignments, rows)
    const status = header.findIndex((h) => h.endsWith('– status'))
    const behaald = header.findIndex((h) => h.endsWith('– behaald'))
    const score = header.findIndex((h) => h.endsWith('– beste score'))
    for (const name of names) {
      const { label, score: expected } = expect_(name)
      const row = rows.find((r) => r.userId === id(name))
      expect({ name, label: standingLabel(row?.cells[0] ?? { status: 'niet-gestart', behaald: false }) }).toEqual({
        name,
        label,
      })
      expect(row?.behaald).toBe(label === 'behaald' ? 1 : 0)
      const line = body.find((r) => r[0] === name)
      expect([line?.[status], line?.[behaald], line?.[score] ?? null]).toEqual([
        STANDING_LABELS[label],
        label === 'behaald' ? 'ja' : 'nee',
        expected,
      ])
    }
  })

  test('certificates: only the behaald learners may make one; the others are told what is missing', async () => {
    for (const name of names) {
      const klas = (await certificateOptions(id(name))).find((o) => o.scope === 'klas')
      const { label } = expect_(name)
      expect({ name, complete: klas?.complete }).toEqual({ name, complete: label === 'behaald' })
      expect(klas?.missing.map((d) => d.dilemmaId)).toEqual(label === 'behaald' ? [] : ['huisarts'])
    }
  })

  test('the gemeente completion report and staff list', async () => {
    const filters = toReportFilters({})
    const required = [{ caseId: 'kramer', dilemmaId: 'huisarts', title: 'Huisarts' }]
    const report = await completionReport(orgId, filters, required)
    const expected = Object.values(LEARNERS).map((l) => l.expected.label)
    const completed = expected.filter((l) => l === 'behaald' || l === 'afgerond-niet-behaald').length
    const behaald = expected.filter((l) => l === 'behaald').length
    expect(report).toMatchObject({
      learners: names.length,
      completedAll: completed,
      behaaldAll: behaald,
      perDilemma: [{ caseId: 'kramer', dilemmaId: 'huisarts', started: names.length - 1, completed, behaald }],
    })
    const staff = await staffList(orgId, filters, required, { skip: 0, take: 100 })
    for (const name of names) {
      const row = staff.rows.find((r) => r.userId === id(name))
      const { label } = expect_(name)
      expect({
        name,
        afgerond: row?.completedAt[0] !== null,
        behaald: row?.behaaldAt[0] !== null,
      }).toEqual({
        name,
        afgerond: label === 'behaald' || label === 'afgerond-niet-behaald',
        behaald: label === 'behaald',
      })
    }
  })

  test('the LTI grade is the best score, sent once the dilemma is afgerond', async () => {
    for (const name of names) {
      await db().ltiScore.deleteMany({ where: { gradeLink: { userId: id(name) } } })
      await queueGradeUpdates(id(name), 'kramer')
      const scores = await db().ltiScore.findMany({ where: { gradeLink: { userId: id(name) } } })
      const { lti } = expect_(name)
      expect({ name, grades: scores.map((s) => [s.scoreGiven, s.completed]) }).toEqual({
        name,
        grades: lti === null ? [] : [[lti, true]],
      })
    }
  })
})

test('attempts completed before outcomes were recorded get theirs from the scenarios, and the rollup its behaaldAt', async () => {
  const org = await createOrganisation(db(), { kind: 'gemeente' })
  const graph = getDilemma('kramer', 'huisarts')?.graph
  const ending = (outcome: string) => graph?.nodes.find((n) => n.kind === 'ending' && n.outcome === outcome)?.id ?? ''
  const ref = { caseId: 'kramer', dilemmaId: 'huisarts' }
  const completedAt = new Date('2026-11-02T09:30:00Z')
  const old = async (name: string, endingId: string, score: number) => {
    const user = await createUser(db(), { organisationId: org.id, role: 'learner', name })
    const startedAt = new Date(completedAt.getTime() - 600_000)
    // As an attempt recorded before the migration: completed, with no outcome; the rollup without behaaldAt.
    await db().attempt.create({
      data: {
        userId: user.id,
        ...ref,
        contentHash: 'old',
        currentScene: endingId,
        status: 'completed',
        score,
        startedAt,
        completedAt,
      },
    })
    await noteStarted(db(), user.id, ref, startedAt)
    await noteCompleted(db(), user.id, ref, { score, outcome: null }, completedAt)
    return user.id
  }
  const good = await old('Vroeg Goed', ending('passend'), 90)
  const wrong = await old('Vroeg Fout', ending('onjuist'), 90)
  expect(await db().learnerDilemma.count({ where: { userId: { in: [good, wrong] }, behaaldAt: { not: null } } })).toBe(
    0,
  )

  expect((await backfillOutcomes(db())).attempts).toBeGreaterThanOrEqual(2)
  const outcome = async (userId: string) => (await db().attempt.findFirst({ where: { userId } }))?.outcome
  expect([await outcome(good), await outcome(wrong)]).toEqual(['passend', 'onjuist'])
  const rollup = async (userId: string) => (await db().learnerDilemma.findFirst({ where: { userId } }))?.behaaldAt
  expect(await rollup(good)).toEqual(completedAt)
  expect(await rollup(wrong)).toBeNull()
  expect((await wheelSpokes(good, 'kramer'))?.find((s) => s.dilemmaId === 'huisarts')?.status).toBe('behaald')
  // Idempotent: nothing left to do the second time.
  expect(await backfillOutcomes(db())).toEqual({ attempts: 0 })
})
