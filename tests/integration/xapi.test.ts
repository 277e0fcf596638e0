import { afterAll, beforeAll, expect, test } from 'vitest'
import { eraseUser } from '@/lib/accounts/erase.server'
import { db } from '@/lib/db/client.server'
import { deliverStatements } from '@/lib/outbox/outbox.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import { statementsPage } from '@/lib/xapi/record.server'
import { validateStatement } from '@/lib/xapi/statement-schema'
import { startTestLrs, type TestLrs } from '../servers/lrs'
import { playToEnding } from '../support/play'

// xAPI: statements are written with the moves they describe, valid against the xAPI 1.0.3 rules, pseudonymous, and
// delivered through the outbox to an LRS (tests/servers/lrs.ts) that may be down: nothing lost, nothing doubled.

const LRS_PORT = 3163
let lrs: TestLrs

// Read by env() on first use, which comes after this module body has run.
process.env.XAPI_ENABLED = 'true'
process.env.XAPI_LRS_URL = `http://localhost:${LRS_PORT}/xapi/`
process.env.XAPI_LRS_USERNAME = 'lrs-key'
process.env.XAPI_LRS_PASSWORD = 'lrs-secret'
process.env.NEXTAUTH_URL = 'https://deelwijs.example'

beforeAll(async () => {
  lrs = await startTestLrs({ port: LRS_PORT, username: 'lrs-key', password: 'lrs-secret' })
})
afterAll(() => lrs.close())

const huisarts = () => {
  const dilemma = playableDilemma('kramer', 'huisarts')
  if (!dilemma) throw new Error('the huisarts dilemma is missing from the catalog')
  return dilemma
}

async function learnerWhoPlayed() {
  const organisation = await createOrganisation(db())
  const user = await createUser(db(), { organisationId: organisation.id, name: 'Xander Api' })
  const ending = await playToEnding(user.id, huisarts())
  return { organisation, user, ending }
}

test('playing a dilemma records valid, pseudonymous statements with the moves', async () => {
  const { organisation, user, ending } = await learnerWhoPlayed()
  const rows = await db().xapiStatement.findMany({ where: { userId: user.id }, orderBy: { storedAt: 'asc' } })
  const moves = await db().choiceEvent.count({ where: { attempt: { userId: user.id } } })
  expect(rows.map((r) => r.verb)).toEqual(['launched', ...Array(moves).fill('answered'), 'completed', 'scored'])
  for (const row of rows) {
    const check = validateStatement(row.statement)
    expect(check.ok ? [] : check.problems).toEqual([])
    expect(row.organisationIds).toEqual([organisation.id])
  }
  const text = JSON.stringify(rows.map((r) => r.statement))
  for (const personal of [user.id, user.email, 'Xander']) expect(text).not.toContain(personal)
  const scored = rows.at(-1)?.statement as { result: { score: { raw: number } }; object: { id: string } }
  expect(scored.result.score.raw).toBe(ending.score)
  // The completed statement's success is behaald: the first choices of huisarts reach a passend ending at 90%.
  const completed = rows.at(-2)?.statement as { result: { completion: boolean; success: boolean } }
  expect(completed.result).toMatchObject({ completion: true, success: true })
  expect(scored.object.id).toBe('https://deelwijs.example/leren/kramer/huisarts')
})

test('a Brouwer dilemma records valid statements about that case', async () => {
  const organisation = await createOrganisation(db())
  const user = await createUser(db(), { organisationId: organisation.id, name: 'Bram Api' })
  const school = playableDilemma('brouwer', 'school')
  if (!school) throw new Error('the Brouwer school dilemma is missing from the catalog')
  const ending = await playToEnding(user.id, school)
  const rows = await db().xapiStatement.findMany({ where: { userId: user.id }, orderBy: { storedAt: 'asc' } })
  expect(rows.map((r) => r.verb).at(0)).toBe('launched')
  expect(rows.map((r) => r.verb).slice(-2)).toEqual(['completed', 'scored'])
  for (const row of rows) {
    const check = validateStatement(row.statement)
    expect(check.ok ? [] : check.problems).toEqual([])
  }
  const scored = rows.at(-1)?.statement as { result: { score: { raw: number } }; object: { id: string } }
  expect(scored.object.id).toBe('https://deelwijs.example/leren/brouwer/school')
  expect(scored.result.score.raw).toBe(ending.score)
  // Its context names the case as the parent activity, not Kramer.
  const text = JSON.stringify(rows.map((r) => r.statement))
  expect(text).toContain('https://deelwijs.example/leren/brouwer')
  expect(text).not.toContain('/leren/kramer')
})

test('while the LRS is down nothing is lost; afterwards every statement arrives exactly once', async () => {
  await db().xapiStatement.updateMany({ data: { sentAt: new Date() } }) // earlier tests' statements are not ours
  const { user } = await learnerWhoPlayed()
  const ours = await db().xapiStatement.findMany({ where: { userId: user.id }, select: { id: true } })

  lrs.setUp(false)
  expect(await deliverStatements()).toEqual({ sent: 0, failed: ours.length })
  const waiting = await db().xapiStatement.findMany({ where: { userId: user.id } })
  for (const row of waiting) {
    expect(row).toMatchObject({ sentAt: null, tries: 1, lastError: 'LRS answered 503' })
    expect(row.nextTryAt.getTime()).toBeGreaterThan(Date.now())
  }
  // Not due yet: the next round sends nothing, even with the LRS back.
  lrs.setUp(true)
  expect(await deliverStatements()).toEqual({ sent: 0, failed: 0 })

  await db().xapiStatement.updateMany({ where: { userId: user.id }, data: { nextTryAt: new Date() } })
  expect(await deliverStatements()).toEqual({ sent: ours.length, failed: 0 })
  expect(await deliverStatements()).toEqual({ sent: 0, failed: 0 })
  expect(lrs.state.rejected).toEqual([])
  const received = [...lrs.statements.keys()]
  for (const { id } of ours) expect(received.filter((r) => r === id)).toHaveLength(1)
})

test('the organisation export holds its statements; erasing the learner keeps them, unlinked', async () => {
  const { organisation, user } = await learnerWhoPlayed()
  const count = await db().xapiStatement.count({ where: { userId: user.id } })
  const exported = await statementsPage(organisation.id, null, 3)
  expect(exported).toHaveLength(3)
  const rest = await statementsPage(organisation.id, exported.at(-1) ?? null, 1000)
  expect(exported.length + rest.length).toBe(count)

  await eraseUser(db(), user.id, user.email)
  expect(await db().xapiStatement.count({ where: { userId: user.id } })).toBe(0)
  expect(await db().xapiStatement.count({ where: { organisationIds: { has: organisation.id } } })).toBe(count)
})
