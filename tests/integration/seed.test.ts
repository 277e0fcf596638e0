import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { BEHAALD_MIN_SCORE } from '@/lib/engine/scoring'
import { DEMO_ACCOUNTS, DEMO_JOIN_CODE, SeedRefusedError, seedDemo } from '@/lib/seed/demo.server'
import { DEMO_TOTP_SECRET } from '@/lib/seed/demo-second-factor'
import { DEMO_STAFF_COUNT } from '@/lib/seed/demo-staff.server'
import { createUser } from '@/lib/seed/factories'
import { resetDatabase } from '../support/db'

test('the demo seed creates the two organisations, a class with its code and four accounts, idempotently', async () => {
  await resetDatabase()
  const first = await seedDemo(db())
  expect(first).toEqual({ created: true, users: 4, totpSecret: DEMO_TOTP_SECRET })
  const second = await seedDemo(db())
  expect(second).toEqual({ created: false, users: 4, totpSecret: DEMO_TOTP_SECRET })
  // The roles that require a second factor get the documented demo one; the others have none.
  const withSecondFactor = await db().user.findMany({
    where: { mfaEnabledAt: { not: null }, mfaSecret: DEMO_TOTP_SECRET },
    select: { email: true },
    orderBy: { email: 'asc' },
  })
  expect(withSecondFactor.map((u) => u.email)).toEqual([DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.coordinator.email])

  const orgs = await db().organisation.findMany({ orderBy: { name: 'asc' }, select: { name: true } })
  expect(orgs.map((o) => o.name)).toEqual(['Gemeente Demodorp', 'Hogeschool Demostad'])
  const klas = await db().group.findUniqueOrThrow({ where: { joinCode: DEMO_JOIN_CODE }, include: { members: true } })
  expect(klas.members).toHaveLength(1)
  expect(await db().group.count({ where: { kind: 'team' } })).toBe(2)
  for (const [role, account] of Object.entries(DEMO_ACCOUNTS)) {
    const user = await db().user.findUniqueOrThrow({ where: { email: account.email }, include: { memberships: true } })
    expect(user.memberships.map((m) => m.role)).toContain(role)
  }
  expect(await db().membership.count()).toBe(5 + DEMO_STAFF_COUNT)
  // Demo staff give the coordinator's reports real data; they have no password and cannot sign in.
  const staff = { email: { endsWith: '@medewerker.demo.deelwijs.nl' } }
  expect(await db().user.count({ where: staff })).toBe(DEMO_STAFF_COUNT)
  expect(await db().user.count({ where: { ...staff, passwordHash: null, isDemo: true } })).toBe(DEMO_STAFF_COUNT)
  expect(await db().learnerDilemma.count({ where: { completedAt: { not: null } } })).toBeGreaterThan(DEMO_STAFF_COUNT)
  expect(await db().attempt.count()).toBe(await db().learnerDilemma.count())
  // Every demo attempt records its ending's outcome, and the rollup's behaaldAt follows the one rule.
  expect(await db().attempt.count({ where: { status: 'completed', outcome: null } })).toBe(0)
  const behaaldAttempts = await db().attempt.count({
    where: { status: 'completed', outcome: 'passend', score: { gte: BEHAALD_MIN_SCORE } },
  })
  expect(await db().learnerDilemma.count({ where: { behaaldAt: { not: null } } })).toBe(behaaldAttempts)
})

test('the seed refuses a database with real users unless forced', async () => {
  await resetDatabase()
  await createUser(db(), { email: 'echt@gemeente.example' })
  await expect(seedDemo(db())).rejects.toThrow(SeedRefusedError)
  expect(await db().organisation.count()).toBe(0)
  expect(await seedDemo(db(), { force: true })).toMatchObject({ created: true })
})
