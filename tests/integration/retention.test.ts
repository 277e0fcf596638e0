import { randomUUID } from 'node:crypto'
import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { runRetentionJob } from '@/lib/privacy/retention.server'
import { type TermRuleId, termsFor } from '@/lib/privacy/retention-rules'
import { loadInventory } from '@/lib/privacy/schema-inventory'
import { createOrganisation, createUser } from '@/lib/seed/factories'

// Every retention term the data inventory names is carried out: for each, old rows are seeded next to fresh ones,
// the job runs once, and the old rows are gone while the fresh ones stay. The list of terms comes from the schema's
// @avg entries, so a new term without a seeder here fails this test.

const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY)
const ahead = (days: number) => new Date(Date.now() + days * DAY)

type Seeded = { old: string[]; fresh: string[]; remaining: (ids: string[]) => Promise<number> }

async function platform(organisationId: string) {
  return db().ltiPlatform.create({
    data: {
      organisationId,
      name: 'Leeromgeving',
      issuer: `https://lms.example/${randomUUID()}`,
      clientId: 'client',
      deploymentId: 'deployment',
      authLoginUrl: 'https://lms.example/auth',
      accessTokenUrl: 'https://lms.example/token',
      jwksUrl: 'https://lms.example/jwks',
    },
  })
}

const SEEDERS: Record<TermRuleId, () => Promise<Seeded>> = {
  'inactive-learners': async () => {
    const org = await createOrganisation(db())
    const old = await createUser(db(), { organisationId: org.id, role: 'learner' })
    const fresh = await createUser(db(), { organisationId: org.id, role: 'learner' })
    await db().user.update({ where: { id: old.id }, data: { lastActiveAt: ago(800), createdAt: ago(900) } })
    await db().user.update({ where: { id: fresh.id }, data: { lastActiveAt: ago(1), createdAt: ago(900) } })
    return { old: [old.id], fresh: [fresh.id], remaining: (ids) => db().user.count({ where: { id: { in: ids } } }) }
  },
  'audit-log': async () => {
    const old = await db().auditLog.create({ data: { action: 'report.export', createdAt: ago(25 * 31) } })
    const fresh = await db().auditLog.create({ data: { action: 'report.export', createdAt: ago(300) } })
    return {
      old: [old.id],
      fresh: [fresh.id],
      remaining: (ids) => db().auditLog.count({ where: { id: { in: ids } } }),
    }
  },
  invitations: async () => {
    const org = await createOrganisation(db())
    const invitation = (expiresAt: Date, acceptedAt: Date | null) =>
      db().invitation.create({
        data: {
          tokenHash: randomUUID(),
          email: 'genodigde@example.test',
          organisationId: org.id,
          role: 'learner',
          expiresAt,
          acceptedAt,
        },
      })
    const expired = await invitation(ago(31), null)
    const accepted = await invitation(ahead(5), ago(31))
    const open = await invitation(ahead(5), null)
    const recentlyExpired = await invitation(ago(2), null)
    return {
      old: [expired.id, accepted.id],
      fresh: [open.id, recentlyExpired.id],
      remaining: (ids) => db().invitation.count({ where: { id: { in: ids } } }),
    }
  },
  'login-failures': async () => {
    const key = `ip:${randomUUID()}`
    const old = await db().loginFailure.create({ data: { key, createdAt: ago(2) } })
    const fresh = await db().loginFailure.create({ data: { key } })
    return {
      old: [old.id],
      fresh: [fresh.id],
      remaining: (ids) => db().loginFailure.count({ where: { id: { in: ids } } }),
    }
  },
  'revoked-sessions': async () => {
    const old = await db().revokedSession.create({ data: { sid: randomUUID(), expiresAt: ago(1) } })
    const fresh = await db().revokedSession.create({ data: { sid: randomUUID(), expiresAt: ahead(1) } })
    return {
      old: [old.sid],
      fresh: [fresh.sid],
      remaining: (ids) => db().revokedSession.count({ where: { sid: { in: ids } } }),
    }
  },
  'password-resets': async () => {
    const org = await createOrganisation(db())
    const user = await createUser(db(), { organisationId: org.id, role: 'docent' })
    const token = (expiresAt: Date) =>
      db().passwordResetToken.create({ data: { userId: user.id, tokenHash: randomUUID(), expiresAt } })
    const old = await token(ago(2))
    const fresh = await token(ahead(1))
    return {
      old: [old.id],
      fresh: [fresh.id],
      remaining: (ids) => db().passwordResetToken.count({ where: { id: { in: ids } } }),
    }
  },
  'remembered-devices': async () => {
    const org = await createOrganisation(db())
    const user = await createUser(db(), { organisationId: org.id, role: 'admin' })
    const old = await db().mfaRememberedDevice.create({ data: { userId: user.id, expiresAt: ago(1) } })
    const fresh = await db().mfaRememberedDevice.create({ data: { userId: user.id, expiresAt: ahead(20) } })
    return {
      old: [old.id],
      fresh: [fresh.id],
      remaining: (ids) => db().mfaRememberedDevice.count({ where: { id: { in: ids } } }),
    }
  },
  'lti-login-states': async () => {
    const state = (expiresAt: Date) =>
      db().ltiLoginState.create({
        data: {
          state: randomUUID(),
          nonce: randomUUID(),
          platformId: 'p',
          targetLinkUri: 'https://deelwijs.example/api/lti/launch',
          expiresAt,
        },
      })
    const old = await state(ago(1))
    const fresh = await state(ahead(0.005))
    return {
      old: [old.state],
      fresh: [fresh.state],
      remaining: (ids) => db().ltiLoginState.count({ where: { state: { in: ids } } }),
    }
  },
  'lti-handoffs': async () => {
    const org = await createOrganisation(db())
    const user = await createUser(db(), { organisationId: org.id, role: 'learner' })
    const handoff = (expiresAt: Date) =>
      db().ltiHandoff.create({
        data: { tokenHash: randomUUID(), userId: user.id, destination: '/leren', expiresAt },
      })
    const old = await handoff(ago(1))
    const fresh = await handoff(ahead(0.001))
    return {
      old: [old.id],
      fresh: [fresh.id],
      remaining: (ids) => db().ltiHandoff.count({ where: { id: { in: ids } } }),
    }
  },
  'outgoing-mail': async () => {
    const mail = (createdAt: Date) =>
      db().outgoingMail.create({
        data: { kind: 'invitation', to: 'iemand@example.test', subject: 'Welkom', text: 'Hallo', createdAt },
      })
    const old = await mail(ago(31))
    const fresh = await mail(ago(2))
    return {
      old: [old.id],
      fresh: [fresh.id],
      remaining: (ids) => db().outgoingMail.count({ where: { id: { in: ids } } }),
    }
  },
  'xapi-delivered': async () => {
    const statement = (storedAt: Date, sentAt: Date | null) =>
      db().xapiStatement.create({
        data: { id: randomUUID(), organisationIds: [], verb: 'completed', statement: {}, storedAt, sentAt },
      })
    const delivered = await statement(ago(200), ago(91))
    const undelivered = await statement(ago(200), null)
    const recent = await statement(ago(200), ago(10))
    return {
      old: [delivered.id],
      fresh: [undelivered.id, recent.id],
      remaining: (ids) => db().xapiStatement.count({ where: { id: { in: ids } } }),
    }
  },
  'lti-scores-delivered': async () => {
    const org = await createOrganisation(db())
    const user = await createUser(db(), { organisationId: org.id, role: 'learner' })
    const { id: platformId } = await platform(org.id)
    const link = await db().ltiGradeLink.create({
      data: {
        userId: user.id,
        platformId,
        ltiUserId: 'sub',
        lineItemUrl: `https://lms.example/${randomUUID()}`,
        caseId: 'kramer',
      },
    })
    const score = (sentAt: Date | null, parkedAt: Date | null = null) =>
      db().ltiScore.create({
        data: {
          gradeLinkId: link.id,
          scoreGiven: 1,
          scoreMaximum: 1,
          completed: true,
          createdAt: ago(200),
          sentAt,
          parkedAt,
        },
      })
    const delivered = await score(ago(91))
    const undelivered = await score(null)
    // Refused for good by the platform: kept as long as a delivered score, for the admin to read and retry.
    const parkedLong = await score(null, ago(91))
    const parkedRecently = await score(null, ago(10))
    return {
      old: [delivered.id, parkedLong.id],
      fresh: [undelivered.id, parkedRecently.id],
      remaining: (ids) => db().ltiScore.count({ where: { id: { in: ids } } }),
    }
  },
}

test('every retention term the inventory names has a seeder here, and a step in the job', () => {
  const terms = termsFor(loadInventory().models.flatMap((m) => m.fields.map((f) => f.entry.keep)))
  expect(terms.filter((rule) => !(rule in SEEDERS))).toEqual([])
  // A term the job carries out must be one the inventory uses; otherwise the rule is dead (or an entry is wrong).
  expect(Object.keys(SEEDERS).sort()).toEqual(terms)
})

test('the job removes old rows of every kind with a term and keeps fresh ones; a dry run removes nothing', async () => {
  const seeded = Object.fromEntries(
    await Promise.all(Object.entries(SEEDERS).map(async ([rule, seed]) => [rule, await seed()] as const)),
  )
  const dry = await runRetentionJob(db(), { months: 24, dryRun: true })
  for (const [rule, rows] of Object.entries(seeded)) {
    expect(await rows.remaining(rows.old), `${rule}: a dry run removed rows`).toBe(rows.old.length)
    expect(dry[rule as TermRuleId], `${rule}: the dry run counts its old rows`).toBeGreaterThanOrEqual(rows.old.length)
  }

  const result = await runRetentionJob(db(), { months: 24 })
  for (const [rule, rows] of Object.entries(seeded)) {
    expect(await rows.remaining(rows.old), `${rule}: old rows are gone`).toBe(0)
    expect(await rows.remaining(rows.fresh), `${rule}: fresh rows stay`).toBe(rows.fresh.length)
    expect(result[rule as TermRuleId]).toBeGreaterThanOrEqual(rows.old.length)
  }
})
