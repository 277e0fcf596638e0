import http from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { registerDynamically } from '@/lib/lti/dynamic-registration.server'
import type { FetchPolicy } from '@/lib/lti/outbound-fetch.server'
import { createRegistrationLink } from '@/lib/lti/registration-links.server'
import type { TestPlatform } from '../servers/lti-platform'
import { freePort, launchAndProvision, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'

// LTI Dynamic Registration (ADR 038) against the test platform: the good path ends in a stored registration whose
// launches work; every way the platform's answers can be wrong ends in a refusal with nothing stored and the link
// usable again; a link works once and for a day.

let lti: RegisteredPlatform
let platform: TestPlatform
let organisationId: string
let adminId: string

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Dynamisch')
  ;({ platform, organisationId, adminId } = lti)
})

afterAll(() => lti.close())

const TEST_POLICY: FetchPolicy = { allowLocalhost: true, allowPrivate: false, timeoutMs: 5000, maxBytes: 64 * 1024 }

async function newLink(name?: string) {
  const link = await createRegistrationLink(adminId, { organisationId, ...(name ? { name } : {}) })
  if (!link.ok) throw new Error(JSON.stringify(link))
  return link.token
}

/** What the LMS does when its admin pastes the link: open it with its configuration and a registration token. */
function queryOf(variant?: string) {
  const start = new URL(platform.registrationStartUrl(`${lti.toolOrigin}/api/lti/register/x`, variant))
  return Object.fromEntries(start.searchParams)
}

async function register(token: string, query: Record<string, string>, policy = TEST_POLICY) {
  return registerDynamically({ token, query, origin: lti.toolOrigin, policy })
}

const platformCount = () => db().ltiPlatform.count({ where: { organisationId } })

test('the good path: the registration is stored like a manual one, and launches from it work', async () => {
  const token = await newLink('Testleeromgeving dynamisch')
  const outcome = await register(token, queryOf())
  expect(outcome).toMatchObject({ ok: true })
  if (!outcome.ok) return
  const row = await db().ltiPlatform.findUniqueOrThrow({ where: { id: outcome.platform.id } })
  const clients = platform.registeredClients()
  expect(clients.get(row.clientId)).toBe(row.deploymentId)
  expect(row).toMatchObject({
    name: 'Testleeromgeving dynamisch',
    organisationId,
    issuer: platform.url,
    authLoginUrl: `${platform.url}/auth`,
    accessTokenUrl: `${platform.url}/token`,
    accessTokenAudience: null,
    jwksUrl: `${platform.url}/jwks`,
  })
  // What the tool posted: the values an admin would otherwise type in, with the scopes Deelwijs uses.
  const posted = platform.received.registrations.at(-1) as Record<string, unknown>
  expect(posted).toMatchObject({
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: `${lti.toolOrigin}/api/lti/login`,
    redirect_uris: [`${lti.toolOrigin}/api/lti/launch`],
    jwks_uri: `${lti.toolOrigin}/api/lti/jwks`,
    token_endpoint_auth_method: 'private_key_jwt',
    scope:
      'https://purl.imsglobal.org/spec/lti-ags/scope/score https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
  })
  const link = await db().ltiRegistrationLink.findFirstOrThrow({ where: { platformId: row.id } })
  expect(link.usedAt).not.toBeNull()
  const audit = await db().auditLog.findFirst({ where: { action: 'lti-platform.register-dynamic' } })
  expect(audit?.detail).toMatchObject({ platformId: row.id, productFamily: 'testleeromgeving' })

  // A learner launches from the platform as the client it registered: the launch is verified and provisioned.
  const launched = await launchAndProvision(lti, {
    kind: 'resource',
    user: 'dyn-student',
    role: 'Learner',
    course: 'course-dyn',
    client: row.clientId,
    target: `${lti.toolOrigin}/leren/kramer/huisarts`,
  })
  expect(launched.target).toEqual({ caseId: 'kramer', dilemmaId: 'huisarts' })
})

test('without a name the registration is named after what the platform says it is', async () => {
  const outcome = await register(await newLink(), queryOf())
  expect(outcome.ok && outcome.platform.name).toBe(`testleeromgeving (${new URL(platform.url).host})`)
})

test('a link works once; a replay is refused and registers nothing', async () => {
  const token = await newLink()
  expect((await register(token, queryOf())).ok).toBe(true)
  const before = await platformCount()
  const registrations = platform.received.registrations.length
  expect(await register(token, queryOf())).toEqual({ ok: false, error: 'link-used', detail: undefined })
  expect(await platformCount()).toBe(before)
  expect(platform.received.registrations.length).toBe(registrations)
})

test('an expired link, or one that never existed, is refused before anything is fetched', async () => {
  const token = await newLink()
  await db().ltiRegistrationLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) }, where: {} })
  expect(await register(token, queryOf())).toMatchObject({ ok: false, error: 'link-expired' })
  expect(await register('a-link-nobody-made-0123456789', queryOf())).toMatchObject({ ok: false, error: 'unknown-link' })
})

/** A failure leaves no registration behind, and gives the link back so the LMS admin can try again. */
async function expectRefused(query: Record<string, string>, error: string, policy = TEST_POLICY) {
  const token = await newLink()
  const before = await platformCount()
  const outcome = await register(token, query, policy)
  expect(outcome).toMatchObject({ ok: false, error })
  expect(await platformCount()).toBe(before)
  const link = await db().ltiRegistrationLink.findFirstOrThrow({ orderBy: { createdAt: 'desc' } })
  expect(link).toMatchObject({ usedAt: null, platformId: null })
  return token
}

test('bad configurations are refused: issuer of another origin, missing platform claim, http endpoints', async () => {
  await expectRefused(queryOf('issuer-mismatch'), 'issuer-mismatch')
  await expectRefused(queryOf('no-claim'), 'invalid-configuration')
  await expectRefused(queryOf('http-endpoints'), 'insecure-url')
  await expectRefused(queryOf('redirect'), 'configuration-unreachable')
  await expectRefused({ registration_token: 'x' }, 'invalid-request')
})

test('a plain-http configuration URL is never fetched; http://localhost only where the policy allows it', async () => {
  await expectRefused({ openid_configuration: 'http://lms.example/.well-known/openid-configuration' }, 'insecure-url')
  await expectRefused(queryOf(), 'insecure-url', { ...TEST_POLICY, allowLocalhost: false })
})

test('loopback, link-local and private addresses are refused in production, even over https', async () => {
  const production = { ...TEST_POLICY, allowLocalhost: false }
  await expectRefused({ openid_configuration: 'https://127.0.0.1:1/x' }, 'blocked-address', production)
  await expectRefused(
    { openid_configuration: 'https://169.254.169.254/latest/meta-data' },
    'blocked-address',
    production,
  )
  await expectRefused({ openid_configuration: 'https://10.1.2.3/x' }, 'blocked-address', production)
  await expectRefused({ openid_configuration: 'https://[::ffff:127.0.0.1]/x' }, 'blocked-address', production)
})

test('an oversized or slow configuration is given up on', async () => {
  await expectRefused(queryOf('huge'), 'configuration-unreachable')
  const started = Date.now()
  await expectRefused(queryOf('slow'), 'configuration-unreachable', { ...TEST_POLICY, timeoutMs: 500 })
  expect(Date.now() - started).toBeLessThan(2500)
})

test('a platform that refuses the registration, or answers without a deployment, leaves nothing stored', async () => {
  await expectRefused(queryOf('refuse'), 'registration-refused')
  await expectRefused(queryOf('no-deployment'), 'no-deployment')
  // A registration token the platform does not know: refused with 401.
  const query = { ...queryOf(), registration_token: 'not-a-token-of-the-platform' }
  await expectRefused(query, 'registration-refused')
})

test('an endless answer is cut off at the size limit', async () => {
  const port = await freePort()
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"issuer":"')
    const timer = setInterval(() => res.write('x'.repeat(16 * 1024)), 5)
    res.on('close', () => clearInterval(timer))
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))
  try {
    await expectRefused({ openid_configuration: `http://localhost:${port}/config` }, 'configuration-unreachable')
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})
