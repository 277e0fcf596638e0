import type { db as getDb } from '@/lib/db/client.server'
import { backfillOutcomes } from '@/lib/progress/backfill.server'
import { DEMO_TOTP_SECRET, giveDemoSecondFactor } from './demo-second-factor'
import { seedDemoStaff } from './demo-staff.server'
import { addToGroup, createGroup, createOrganisation, createUser } from './factories'

type Db = ReturnType<typeof getDb>

// The demo world the README describes. Public credentials: only ever for a local demo database.
export const DEMO_PASSWORD = 'deelwijs-demo'
export const DEMO_JOIN_CODE = 'KLAS-2026'
export const DEMO_ACCOUNTS = {
  learner: { email: 'deelnemer@demo.deelwijs.nl', name: 'Sanne de Vries' },
  docent: { email: 'docent@demo.deelwijs.nl', name: 'Jeroen Bakker' },
  coordinator: { email: 'coordinator@demo.deelwijs.nl', name: 'Fatima El Amrani' },
  admin: { email: 'beheer@demo.deelwijs.nl', name: 'Kees Jansen' },
} as const

export class SeedRefusedError extends Error {}

export type SeedResult = { created: boolean; users: number; totpSecret: string }

/**
 * Seeds the demo idempotently: running it twice changes nothing. It refuses to touch a database that holds real
 * (non-demo) users, unless forced, so it can never mix demo accounts into a production database by accident.
 */
export async function seedDemo(db: Db, options: { force?: boolean } = {}): Promise<SeedResult> {
  const realUsers = await db.user.count({ where: { isDemo: false } })
  if (realUsers > 0 && !options.force) {
    throw new SeedRefusedError(
      `The database holds ${realUsers} non-demo user(s); refusing to seed demo data. Use --force to seed anyway.`,
    )
  }
  const before = await db.user.count({ where: { isDemo: true } })

  const gemeente = await createOrganisation(db, {
    slug: 'gemeente-demodorp',
    name: 'Gemeente Demodorp',
    kind: 'gemeente',
  })
  const hogeschool = await createOrganisation(db, {
    slug: 'hogeschool-demostad',
    name: 'Hogeschool Demostad',
    kind: 'hogeschool',
  })
  const team = await createGroup(db, {
    organisationId: gemeente.id,
    name: 'Wijkteam Centrum',
    kind: 'team',
    joinCode: 'TEAM-2026',
  })
  const klas = await createGroup(db, {
    organisationId: hogeschool.id,
    name: 'SPH jaar 2 — groep A',
    kind: 'klas',
    joinCode: DEMO_JOIN_CODE,
  })

  const demo = { password: DEMO_PASSWORD, isDemo: true }
  const learner = await createUser(db, {
    ...DEMO_ACCOUNTS.learner,
    ...demo,
    organisationId: hogeschool.id,
    role: 'learner',
  })
  await addToGroup(db, klas.id, learner.id)
  // One assignment, so "Mijn opdrachten", the progress matrix and the discussion view have something to show.
  await db.assignment.upsert({
    where: { groupId_caseId_dilemmaId: { groupId: klas.id, caseId: 'kramer', dilemmaId: 'huisarts' } },
    create: {
      groupId: klas.id,
      caseId: 'kramer',
      dilemmaId: 'huisarts',
      dueAt: new Date(Date.now() + 28 * 24 * 60 * 60 * 1000),
      note: 'Lees na afloop de achtergrond over het beroepsgeheim.',
    },
    update: {},
  })
  const docent = await createUser(db, {
    ...DEMO_ACCOUNTS.docent,
    ...demo,
    organisationId: hogeschool.id,
    role: 'docent',
  })
  // The demo class is the demo docent's: other docents of the hogeschool do not see it.
  await db.groupOwner.upsert({
    where: { groupId_userId: { groupId: klas.id, userId: docent.id } },
    create: { groupId: klas.id, userId: docent.id },
    update: {},
  })
  const coordinator = await createUser(db, {
    ...DEMO_ACCOUNTS.coordinator,
    ...demo,
    organisationId: gemeente.id,
    role: 'coordinator',
  })
  await addToGroup(db, team.id, coordinator.id)
  const admin = await createUser(db, { ...DEMO_ACCOUNTS.admin, ...demo, organisationId: gemeente.id, role: 'admin' })
  await createUser(db, { email: admin.email, organisationId: hogeschool.id, role: 'admin', ...demo })
  // Their roles require a second factor (lib/auth/mfa/policy.ts): a fixed, documented one keeps the demo usable.
  await giveDemoSecondFactor(db, [admin.id, coordinator.id])

  await seedDemoStaff(db, gemeente.id, team.id)
  // A demo seeded before attempts recorded their outcome gets it now (a no-op otherwise).
  await backfillOutcomes(db)

  const after = await db.user.count({ where: { isDemo: true, passwordHash: { not: null } } })
  return { created: after > before, users: after, totpSecret: DEMO_TOTP_SECRET }
}
