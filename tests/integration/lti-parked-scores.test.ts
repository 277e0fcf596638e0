import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { parkedScores, retryParkedScores } from '@/lib/lti/parked-scores.server'
import { deliverScores } from '@/lib/outbox/outbox.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import type { LaunchRequest } from '../servers/lti-platform'
import {
  launchAndProvision,
  learnerLaunch,
  playable,
  type RegisteredPlatform,
  registeredTestPlatform,
} from '../support/lti'
import { playToEnding } from '../support/play'

// Refusals of grades (ADR 036) against the test platform: a permanent 4xx parks the score with the platform's answer
// for the admin, while 5xx, 408/425/429 and network faults are retried with backoff; a 401 gets one more try with a
// fresh token; the admin of the platform's organisation sends parked scores again.

let lti: RegisteredPlatform

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Geweigerd')
})

afterAll(() => lti.close())

const learner = (user: string, extra: Partial<LaunchRequest>) => learnerLaunch(lti, user, extra)

/** A learner who launched a link with this gradebook column, and finished the huisarts dilemma. */
async function finishedHuisarts(user: string, lineItem: string) {
  const outcome = await launchAndProvision(lti, learner(user, { lineItem }))
  await playToEnding(outcome.userId, playable('kramer', 'huisarts'))
  return db().ltiScore.findFirstOrThrow({ where: { gradeLink: { userId: outcome.userId } } })
}

const due = (id: string) => db().ltiScore.update({ where: { id }, data: { nextTryAt: new Date(Date.now() - 1000) } })

test('a refused score (404) is parked with the answer and not tried again; 503 and 429 are retried later', async () => {
  lti.platform.answerScores('li-gone', {
    status: 404,
    body: '<html><head><style>p{}</style></head><body><h1>Not Found</h1>\u0007<script>alert(1)</script><p>line item gone</p></body></html>',
  })
  const gone = await finishedHuisarts('student-gone', 'li-gone')
  expect(await deliverScores()).toMatchObject({ sent: 0, failed: 0, parked: 1 })
  const parked = await db().ltiScore.findUniqueOrThrow({ where: { id: gone.id } })
  expect(parked).toMatchObject({ sentAt: null, tries: 1, lastStatus: 404 })
  expect(parked.parkedAt).not.toBeNull()
  expect(parked.lastError).toBe('score endpoint answered 404: Not Found line item gone')
  // Due or not, a parked score is never claimed again: the platform hears nothing more.
  await due(gone.id)
  const posts = lti.platform.received.scorePosts
  expect(await deliverScores()).toMatchObject({ sent: 0, failed: 0, parked: 0 })
  expect(lti.platform.received.scorePosts).toBe(posts)

  for (const status of [503, 429]) {
    const lineItem = `li-busy-${status}`
    lti.platform.answerScores(lineItem, { status, body: 'try later' })
    const busy = await finishedHuisarts(`student-busy-${status}`, lineItem)
    expect(await deliverScores()).toMatchObject({ sent: 0, failed: 1, parked: 0 })
    const waiting = await db().ltiScore.findUniqueOrThrow({ where: { id: busy.id } })
    expect(waiting).toMatchObject({ sentAt: null, parkedAt: null, tries: 1 })
    expect(waiting.nextTryAt.getTime()).toBeGreaterThan(Date.now())
    lti.platform.answerScores(lineItem)
    await due(busy.id)
    expect(await deliverScores()).toMatchObject({ sent: 1, failed: 0, parked: 0 })
  }
})

test('a 401 is answered with a fresh token once; a second 401 parks the score', async () => {
  // The LMS restarted and forgot its tokens: one more try with a fresh token delivers the score.
  const forgotten = await finishedHuisarts('student-forgotten', 'li-forgotten')
  lti.platform.forgetTokens()
  const tokens = lti.platform.received.tokenRequests
  expect(await deliverScores()).toMatchObject({ sent: 1, failed: 0, parked: 0 })
  expect(lti.platform.received.tokenRequests).toBe(tokens + 1)
  expect(await db().ltiScore.findUniqueOrThrow({ where: { id: forgotten.id } })).toMatchObject({ tries: 0 })

  lti.platform.answerScores('li-denied', { status: 401, body: 'not allowed' })
  const denied = await finishedHuisarts('student-denied', 'li-denied')
  const posts = lti.platform.received.scorePosts
  expect(await deliverScores()).toMatchObject({ sent: 0, failed: 0, parked: 1 })
  expect(lti.platform.received.scorePosts).toBe(posts + 2)
  expect(await db().ltiScore.findUniqueOrThrow({ where: { id: denied.id } })).toMatchObject({ lastStatus: 401 })
  lti.platform.answerScores('li-denied')
})

test('a token endpoint that refuses the registration parks the score; a network fault is retried', async () => {
  const score = await finishedHuisarts('student-token', 'li-token')
  const registration = await db().ltiPlatform.findFirstOrThrow({ where: { organisationId: lti.organisationId } })
  await db().ltiPlatform.update({
    where: { id: registration.id },
    data: { accessTokenUrl: `${lti.platform.url}/geen-token-endpoint` },
  })
  expect(await deliverScores()).toMatchObject({ parked: 1 })
  expect(await db().ltiScore.findUniqueOrThrow({ where: { id: score.id } })).toMatchObject({
    lastStatus: 404,
    lastError: 'token endpoint answered 404',
  })

  await db().ltiPlatform.update({
    where: { id: registration.id },
    data: { accessTokenUrl: 'http://localhost:9/token' },
  })
  const unreachable = await finishedHuisarts('student-unreachable', 'li-unreachable')
  expect(await deliverScores()).toMatchObject({ failed: 1, parked: 0 })
  expect(await db().ltiScore.findUniqueOrThrow({ where: { id: unreachable.id } })).toMatchObject({
    parkedAt: null,
    tries: 1,
  })
  await db().ltiPlatform.update({
    where: { id: registration.id },
    data: { accessTokenUrl: lti.platform.registration.accessTokenUrl },
  })
  await due(unreachable.id)
  expect(await deliverScores()).toMatchObject({ sent: 1 })
})

test("the organisation's admin sees parked scores with the platform's answer and sends them again", async () => {
  const registration = await db().ltiPlatform.findFirstOrThrow({ where: { organisationId: lti.organisationId } })
  const shown = (await parkedScores([lti.organisationId])).get(registration.id)
  expect(shown?.count).toBeGreaterThanOrEqual(3)
  expect(shown?.latest).toContainEqual(
    expect.objectContaining({
      status: 404,
      caseId: 'kramer',
      dilemmaId: 'huisarts',
      answer: expect.stringContaining('line item gone'),
    }),
  )

  // An admin of another organisation neither sees them nor can send them again.
  const elsewhere = await createOrganisation(db(), { name: 'Elders', kind: 'hogeschool' })
  const stranger = await createUser(db(), { organisationId: elsewhere.id, role: 'admin' })
  expect((await parkedScores([elsewhere.id])).size).toBe(0)
  const refused = await retryParkedScores(
    { id: stranger.id, memberships: [{ organisationId: elsewhere.id, role: 'admin' }] },
    { platformId: registration.id },
  )
  expect(refused.ok).toBe(false)
  expect(
    await db().ltiScore.count({ where: { parkedAt: { not: null }, gradeLink: { platformId: registration.id } } }),
  ).toBe(shown?.count)

  // The column is back in the LMS: the admin retries, and the outbox delivers.
  lti.platform.answerScores('li-gone')
  const admin = { id: lti.adminId, memberships: [{ organisationId: lti.organisationId, role: 'admin' as const }] }
  expect(await retryParkedScores(admin, { platformId: registration.id })).toMatchObject({ ok: true })
  expect(await db().auditLog.findFirst({ where: { actorId: lti.adminId, action: 'lti-score.retry' } })).toMatchObject({
    organisationId: lti.organisationId,
    detail: { platformId: registration.id, scores: shown?.count },
  })
  // On their way again: no longer parked, shown as waiting until delivered, then gone from the page.
  expect((await parkedScores([lti.organisationId])).get(registration.id)).toMatchObject({
    count: 0,
    waiting: shown?.count,
  })
  expect(await deliverScores()).toMatchObject({ sent: shown?.count, parked: 0 })
  expect((await parkedScores([lti.organisationId])).size).toBe(0)
  expect(lti.platform.received.scores.filter((s) => s.lineItem === 'li-gone')).toHaveLength(1)
})
