import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { beginLogin, type VerifiedLaunch, verifyLaunch } from '@/lib/lti/launch.server'
import { registerPlatform } from '@/lib/lti/platforms.server'
import { createOrganisation } from '@/lib/seed/factories'
import type { LaunchRequest, TestPlatform, TokenTweak } from '../servers/lti-platform'
import { browserOf, launchThrough, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'

// The checks of a launch's ID token beyond its signature (LTI Core 1.3 §5.1.3, IMS Security Framework §5.1.3):
// clock tolerance, a required exp, the authorised party, the one registered algorithm, the registration chosen by
// issuer, audience and deployment at launch, and the target link compared with the login's.

let platform: TestPlatform
let lti: RegisteredPlatform
let toolOrigin: string
let adminId: string
let organisationId: string

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Controle')
  ;({ platform, toolOrigin, organisationId, adminId } = lti)
})

afterAll(() => lti.close())

const request = (extra: Partial<LaunchRequest> = {}): LaunchRequest => ({
  kind: 'resource',
  user: 'student',
  role: 'Learner',
  course: 'course-checks',
  target: `${toolOrigin}/leren/kramer/huisarts`,
  ...extra,
})

async function launchWith(tweak: TokenTweak, extra: Partial<LaunchRequest> = {}) {
  const { state, token, browser } = await launchThrough(platform, toolOrigin, request(extra), (launch, nonce) =>
    platform.idToken(launch, nonce, tweak),
  )
  return verifyLaunch(token, state, browser)
}

const accepted = (result: Awaited<ReturnType<typeof verifyLaunch>>) => ('error' in result ? result.error : 'accepted')

test('a platform clock up to a minute off is accepted; further off, or an expired token, is not', async () => {
  expect(accepted(await launchWith({}))).toBe('accepted')
  expect(accepted(await launchWith({ clockSkew: 30 }))).toBe('accepted')
  expect(accepted(await launchWith({ clockSkew: -30, lifetime: 10 }))).toBe('accepted')
  expect(accepted(await launchWith({ clockSkew: 120 }))).toBe('invalid-token')
  expect(accepted(await launchWith({ clockSkew: -400 }))).toBe('invalid-token')
})

test('a token without exp is refused', async () => {
  expect(accepted(await launchWith({ lifetime: null }))).toBe('invalid-token')
})

test('the authorised party is checked whenever it is there, and required with several audiences', async () => {
  const { clientId } = platform.registration
  expect(accepted(await launchWith({ azp: clientId }))).toBe('accepted')
  expect(accepted(await launchWith({ azp: 'another-tool' }))).not.toBe('accepted')
  expect(accepted(await launchWith({ audience: [clientId, 'another-tool'] }))).toBe('invalid-token')
  expect(accepted(await launchWith({ audience: [clientId, 'another-tool'], azp: clientId }))).toBe('accepted')
  expect(accepted(await launchWith({ audience: ['another-tool', clientId], azp: 'another-tool' }))).not.toBe('accepted')
})

test('only the registered algorithm is accepted, even with a genuine signature', async () => {
  expect(accepted(await launchWith({ alg: 'RS512' }))).toBe('invalid-token')
})

test('the target link of the token must be the one the login started with', async () => {
  expect(accepted(await launchWith({ targetLinkUri: `${toolOrigin}/leren/kramer` }))).toBe('wrong-target')
})

test('the registration is chosen at launch: each registered deployment works, an unknown one is refused', async () => {
  // A second deployment of the same tool in the same platform (another sub-account, say), registered later.
  expect(
    await registerPlatform(adminId, {
      name: 'LMS, tweede deployment',
      organisationId,
      ...platform.registration,
      deploymentId: 'deployment-2',
    }),
  ).toMatchObject({ ok: true })

  for (const deployment of ['deployment-1', 'deployment-2']) {
    // Platforms need not send lti_deployment_id with the login; the token names the deployment.
    const launch = request({ deployment })
    const login = new URL(platform.loginInitiationUrl(launch, { deploymentHint: false }))
    const begun = await beginLogin(
      Object.fromEntries(login.searchParams) as Parameters<typeof beginLogin>[0],
      `${toolOrigin}/api/lti/launch`,
    )
    if ('error' in begun) throw new Error(begun.error)
    const auth = new URL(begun.redirect)
    const token = await platform.idToken(launch, auth.searchParams.get('nonce') as string)
    const verified = await verifyLaunch(token, begun.state, browserOf(begun.state))
    expect(accepted(verified), deployment).toBe('accepted')
    expect((verified as VerifiedLaunch).platform.deploymentId).toBe(deployment)
  }

  expect(accepted(await launchWith({}, { deployment: 'deployment-3' }))).toBe('wrong-deployment')
})

test('without a client ID, a login for an issuer with several registered clients is refused rather than guessed', async () => {
  const other = await createOrganisation(db(), { name: 'Hogeschool Anders', kind: 'hogeschool' })
  expect(
    await registerPlatform(adminId, {
      name: 'LMS, andere client',
      organisationId: other.id,
      ...platform.registration,
      clientId: 'another-client',
    }),
  ).toMatchObject({ ok: true })
  const login = new URL(platform.loginInitiationUrl(request(), { deploymentHint: false }))
  login.searchParams.delete('client_id')
  expect(
    await beginLogin(
      Object.fromEntries(login.searchParams) as Parameters<typeof beginLogin>[0],
      `${toolOrigin}/api/lti/launch`,
    ),
  ).toEqual({ error: 'unknown-platform' })
  // With the client ID the login goes ahead as before.
  expect(accepted(await launchWith({}))).toBe('accepted')
})
