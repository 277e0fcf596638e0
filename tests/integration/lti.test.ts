import http from 'node:http'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { contentItems, deepLinkingResponse, deepLinkTicket, readTicket } from '@/lib/lti/deep-linking.server'
import { publicKeySet } from '@/lib/lti/keys.server'
import { beginLogin, type VerifiedLaunch, verifyLaunch } from '@/lib/lti/launch.server'
import { registerPlatform } from '@/lib/lti/platforms.server'
import { provisionLaunch } from '@/lib/lti/provision.server'
import { deliverScores } from '@/lib/outbox/outbox.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import { type LaunchRequest, startTestPlatform, type TestPlatform } from '../servers/lti-platform'
import { browserOf, launchThrough } from '../support/lti'
import { playToEnding } from '../support/play'

// The whole LTI 1.3 exchange against a test platform that signs real tokens (tests/servers/lti-platform.ts): login
// initiation, launch verification, provisioning, deep linking and grade passback through the outbox.

const TOOL_PORT = 3162
const toolOrigin = `http://localhost:${TOOL_PORT}`
let platform: TestPlatform
let toolServer: http.Server
let organisationId: string

beforeAll(async () => {
  // The tool's JWKS, as /api/lti/jwks serves it, so the platform can check our signatures.
  toolServer = http.createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await publicKeySet()))
  })
  await new Promise<void>((resolve) => toolServer.listen(TOOL_PORT, resolve))
  platform = await startTestPlatform({ port: 3161, toolOrigin })
  const organisation = await createOrganisation(db(), { name: 'Hogeschool LTI', kind: 'hogeschool' })
  organisationId = organisation.id
  const admin = await createUser(db(), { organisationId, role: 'admin' })
  const result = await registerPlatform(admin.id, { name: 'Test-LMS', organisationId, ...platform.registration })
  expect(result).toMatchObject({ ok: true })
})

afterAll(async () => {
  await platform.close()
  await new Promise((resolve) => toolServer.close(resolve))
})

const learnerLaunch = (user: string, extra: Partial<LaunchRequest> = {}): LaunchRequest => ({
  kind: 'resource',
  user,
  role: 'Learner',
  course: 'course-1',
  link: 'link-1',
  target: `${toolOrigin}/leren/kramer/huisarts`,
  lineItem: 'li-huisarts',
  ...extra,
})

/** Steps 1 and 2 as a browser would carry them: the login initiation, then the platform's signed answer. */
const launch = (request: LaunchRequest, sign = platform.idToken) => launchThrough(platform, toolOrigin, request, sign)

test('the login initiation sends the browser to the platform with a fresh state and nonce', async () => {
  const { auth } = await launch(learnerLaunch('a'))
  expect(auth.origin + auth.pathname).toBe(platform.registration.authLoginUrl)
  expect(Object.fromEntries(auth.searchParams)).toMatchObject({
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.registration.clientId,
    redirect_uri: `${toolOrigin}/api/lti/launch`,
    login_hint: 'a',
  })
  const unknown = await beginLogin(
    { iss: 'https://onbekend.example', login_hint: 'x', target_link_uri: `${toolOrigin}/leren` },
    `${toolOrigin}/api/lti/launch`,
  )
  expect(unknown).toEqual({ error: 'unknown-platform' })
})

test('a learner launch signs them into the organisation, makes the course a class and notes the gradebook column', async () => {
  const { state, token } = await launch(learnerLaunch('student-a'))
  const verified = await verifyLaunch(token, state, browserOf(state))
  expect('error' in verified).toBe(false)
  const outcome = await provisionLaunch(verified as VerifiedLaunch, toolOrigin)
  expect(outcome).toMatchObject({ ok: true, role: 'learner', target: { caseId: 'kramer', dilemmaId: 'huisarts' } })
  if (!outcome.ok) return
  const user = await db().user.findUniqueOrThrow({
    where: { id: outcome.userId },
    include: { memberships: true, groupMembers: { include: { group: true } }, gradeLinks: true },
  })
  expect(user.name).toBe('Test student-a')
  // Data minimisation: the LMS sent an e-mail address; Deelwijs does not keep it.
  expect(user.email).not.toContain('lms.example')
  expect(await db().user.count({ where: { id: user.id, passwordHash: null } })).toBe(1)
  expect(user.memberships).toEqual([expect.objectContaining({ organisationId, role: 'learner' })])
  expect(user.groupMembers.map((m) => m.group.name)).toEqual(['Cursus course-1'])
  expect(user.gradeLinks).toEqual([
    expect.objectContaining({ ltiUserId: 'lms-student-a', caseId: 'kramer', dilemmaId: 'huisarts' }),
  ])

  // The same person and course again: no second account or class.
  const again = await launch(learnerLaunch('student-a'))
  const second = await provisionLaunch(
    (await verifyLaunch(again.token, again.state, again.browser)) as VerifiedLaunch,
    toolOrigin,
  )
  expect(second).toMatchObject({ ok: true, userId: outcome.userId })
  expect(await db().group.count({ where: { organisationId } })).toBe(1)
})

test('replayed, forged, mismatched and misdirected launches are refused', async () => {
  const first = await launch(learnerLaunch('student-b'))
  expect('error' in (await verifyLaunch(first.token, first.state, first.browser))).toBe(false)
  // The state is single use.
  expect(await verifyLaunch(first.token, first.state, first.browser)).toEqual({ error: 'invalid-state' })

  // A token for another nonce.
  const other = await launch(learnerLaunch('student-b'))
  const wrongNonce = await platform.idToken(learnerLaunch('student-b'), 'another-nonce')
  expect(await verifyLaunch(wrongNonce, other.state, other.browser)).toEqual({ error: 'invalid-token' })

  // A token signed by someone else's key, with everything else right.
  const { privateKey, publicKey } = await generateKeyPair('RS256')
  const forged = await launch(learnerLaunch('student-b'), async (_request, nonce) => {
    const jwk = await exportJWK(publicKey)
    return new SignJWT({ nonce })
      .setProtectedHeader({ alg: 'RS256', kid: String(jwk.n).slice(0, 8) })
      .setIssuer(platform.registration.issuer)
      .setAudience(platform.registration.clientId)
      .setSubject('lms-mallory')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey)
  })
  expect(await verifyLaunch(forged.token, forged.state, forged.browser)).toEqual({ error: 'invalid-token' })

  // Garbage instead of a token.
  const garbage = await launch(learnerLaunch('student-b'))
  expect(await verifyLaunch('not.a.jwt', garbage.state, garbage.browser)).toEqual({ error: 'invalid-token' })
})

test('finishing a graded dilemma sends the score to the gradebook, with a signed client assertion', async () => {
  const { state, token } = await launch(learnerLaunch('student-c', { lineItem: 'li-c' }))
  const outcome = await provisionLaunch(
    (await verifyLaunch(token, state, browserOf(state))) as VerifiedLaunch,
    toolOrigin,
  )
  if (!outcome.ok) throw new Error('launch failed')
  const dilemma = playableDilemma('kramer', 'huisarts')
  if (!dilemma) throw new Error('the huisarts dilemma is missing from the catalog')
  const ending = await playToEnding(outcome.userId, dilemma)

  const queued = await db().ltiScore.findMany({ where: { gradeLink: { userId: outcome.userId } } })
  expect(queued).toEqual([expect.objectContaining({ scoreGiven: ending.score, completed: true, sentAt: null })])
  expect(await deliverScores()).toMatchObject({ sent: 1, failed: 0 })
  expect(platform.received.scores.filter((s) => s.lineItem === 'li-c')).toEqual([
    {
      lineItem: 'li-c',
      score: expect.objectContaining({
        userId: 'lms-student-c',
        scoreGiven: ending.score,
        scoreMaximum: 100,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      }),
    },
  ])
  // Sent once: a second round finds nothing due.
  expect(await deliverScores()).toMatchObject({ sent: 0 })
})

test('a Brouwer dilemma launches, is graded and sends its score like a Kramer one', async () => {
  const target = `${toolOrigin}/leren/brouwer/school`
  const { state, token } = await launch(learnerLaunch('student-br', { lineItem: 'li-br', link: 'link-br', target }))
  const outcome = await provisionLaunch(
    (await verifyLaunch(token, state, browserOf(state))) as VerifiedLaunch,
    toolOrigin,
  )
  expect(outcome).toMatchObject({ ok: true, role: 'learner', target: { caseId: 'brouwer', dilemmaId: 'school' } })
  if (!outcome.ok) return
  expect(await db().ltiGradeLink.findMany({ where: { userId: outcome.userId } })).toEqual([
    expect.objectContaining({ caseId: 'brouwer', dilemmaId: 'school' }),
  ])
  const dilemma = playableDilemma('brouwer', 'school')
  if (!dilemma) throw new Error('the Brouwer school dilemma is missing from the catalog')
  const ending = await playToEnding(outcome.userId, dilemma)
  expect(await deliverScores()).toMatchObject({ failed: 0 })
  expect(platform.received.scores.filter((s) => s.lineItem === 'li-br')).toEqual([
    { lineItem: 'li-br', score: expect.objectContaining({ userId: 'lms-student-br', scoreGiven: ending.score }) },
  ])
})

test('a gradebook that is down gets the score later; nothing is lost', async () => {
  const { state, token } = await launch(learnerLaunch('student-d', { lineItem: 'li-d' }))
  const outcome = await provisionLaunch(
    (await verifyLaunch(token, state, browserOf(state))) as VerifiedLaunch,
    toolOrigin,
  )
  if (!outcome.ok) throw new Error('launch failed')
  // Point the platform's token endpoint at a closed port: the LMS is unreachable.
  const link = await db().ltiGradeLink.findFirstOrThrow({ where: { userId: outcome.userId } })
  await db().ltiPlatform.update({
    where: { id: link.platformId },
    data: { accessTokenUrl: 'http://localhost:9/token' },
  })
  await playToEnding(
    outcome.userId,
    playableDilemma('kramer', 'huisarts') as NonNullable<ReturnType<typeof playableDilemma>>,
  )
  expect(await deliverScores()).toMatchObject({ sent: 0, failed: 1 })
  const failed = await db().ltiScore.findFirstOrThrow({ where: { gradeLinkId: link.id } })
  expect(failed).toMatchObject({ sentAt: null, tries: 1 })
  expect(failed.nextTryAt.getTime()).toBeGreaterThan(Date.now())

  await db().ltiPlatform.update({
    where: { id: link.platformId },
    data: { accessTokenUrl: platform.registration.accessTokenUrl },
  })
  await db().ltiScore.update({ where: { id: failed.id }, data: { nextTryAt: new Date() } })
  expect(await deliverScores()).toMatchObject({ sent: 1, failed: 0 })
  expect(platform.received.scores.filter((s) => s.lineItem === 'li-d')).toHaveLength(1)
})

test('deep linking: a docent picks dilemmas and the platform accepts the signed response', async () => {
  const { state, token } = await launch({
    kind: 'deeplink',
    user: 'docent-e',
    role: 'Instructor',
    course: 'course-1',
    target: `${toolOrigin}/api/lti/launch`,
  })
  const verified = (await verifyLaunch(token, state, browserOf(state))) as VerifiedLaunch
  const outcome = await provisionLaunch(verified, toolOrigin)
  expect(outcome).toMatchObject({ ok: true, role: 'docent' })
  if (!outcome.ok) return
  // Course staff own the course's class: the launching docent sees it; nobody else's launch made them owner.
  const owned = await db().groupOwner.findMany({ where: { userId: outcome.userId }, include: { group: true } })
  expect(owned.map((o) => o.group.name)).toEqual(['Cursus course-1'])
  const ticket = await deepLinkTicket(verified, outcome.userId)
  // The ticket is bound to the docent it was issued to (tests/integration/lti-framed-session.test.ts has the rest).
  const settings = await readTicket(ticket)
  expect(settings?.sub).toBe(outcome.userId)
  if (!settings) throw new Error('ticket not readable')

  // Both cases can be picked, a dilemma or a whole case each.
  const items = contentItems(
    ['kramer/huisarts', 'kramer', 'brouwer/school', 'brouwer', 'kramer/bestaat-niet', 'bestaat-niet'],
    toolOrigin,
  )
  expect(items.map((i) => i.url)).toEqual([
    `${toolOrigin}/leren/kramer/huisarts`,
    `${toolOrigin}/leren/kramer`,
    `${toolOrigin}/leren/brouwer/school`,
    `${toolOrigin}/leren/brouwer`,
  ])
  const jwt = await deepLinkingResponse(settings, items)
  const response = await fetch(settings.returnUrl, { method: 'POST', body: new URLSearchParams({ JWT: jwt ?? '' }) })
  expect(response.status).toBe(200)
  expect(platform.received.deepLinks).toEqual([
    expect.objectContaining({
      type: 'ltiResourceLink',
      custom: { deelwijs_case: 'kramer', deelwijs_dilemma: 'huisarts' },
      lineItem: expect.objectContaining({ scoreMaximum: 100, resourceId: 'kramer/huisarts' }),
    }),
    expect.objectContaining({ type: 'ltiResourceLink', custom: { deelwijs_case: 'kramer' } }),
    expect.objectContaining({
      type: 'ltiResourceLink',
      custom: { deelwijs_case: 'brouwer', deelwijs_dilemma: 'school' },
      lineItem: expect.objectContaining({ scoreMaximum: 100, resourceId: 'brouwer/school' }),
    }),
    expect.objectContaining({ type: 'ltiResourceLink', custom: { deelwijs_case: 'brouwer' } }),
  ])
})
