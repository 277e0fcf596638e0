import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { stateCookie } from '@/lib/lti/browser-binding'
import { type DeepLinkTicket, deepLinkTicket, readTicket } from '@/lib/lti/deep-linking.server'
import { publicKeySet } from '@/lib/lti/keys.server'
import { beginLogin, verifyLaunch } from '@/lib/lti/launch.server'
import { registerPlatform } from '@/lib/lti/platforms.server'
import { provisionLaunch } from '@/lib/lti/provision.server'
import { playableDilemma } from '@/lib/progress/playable.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import { type LaunchRequest, startTestPlatform, type TestPlatform } from '../servers/lti-platform'

// Helpers for integration tests that run LTI launches against the test platform (tests/servers/lti-platform.ts).

/** A port nobody listens on right now, so test files running side by side do not clash. */
export async function freePort() {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The tool's JWKS, as /api/lti/jwks serves it, so the platform can check the tool's signatures. */
export async function startToolKeys(port: number) {
  const server = http.createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await publicKeySet()))
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))
  return { close: () => new Promise((resolve) => server.close(resolve)) }
}

/**
 * Steps 1 and 2 as a browser would carry them: the login initiation, then the platform's signed answer. `browser` is
 * what that browser shows at launch: the state cookie the login route sets (tests/integration/lti-browser-binding
 * runs the routes themselves).
 */
export async function launchThrough(
  platform: TestPlatform,
  toolOrigin: string,
  request: LaunchRequest,
  sign = platform.idToken,
) {
  const login = new URL(platform.loginInitiationUrl(request))
  const begun = await beginLogin(
    Object.fromEntries(login.searchParams) as Parameters<typeof beginLogin>[0],
    `${toolOrigin}/api/lti/launch`,
  )
  if ('error' in begun) throw new Error(begun.error)
  const auth = new URL(begun.redirect)
  const token = await sign(request, auth.searchParams.get('nonce') as string)
  return { state: begun.state, token, auth, browser: browserOf(begun.state) }
}

/** The cookies of the browser that began the login of `state`. */
export function browserOf(state: string) {
  const cookie = stateCookie(state, env())
  return { cookies: { [cookie.name]: cookie.value } }
}

export type RegisteredPlatform = {
  platform: TestPlatform
  toolOrigin: string
  organisationId: string
  adminId: string
  close: () => Promise<void>
}

/**
 * The usual set-up of an LTI test file: the test platform and the tool's key server on free ports, and a hogeschool
 * whose admin registered the platform.
 */
export async function registeredTestPlatform(organisationName: string): Promise<RegisteredPlatform> {
  const toolPort = await freePort()
  const toolOrigin = `http://localhost:${toolPort}`
  const toolKeys = await startToolKeys(toolPort)
  const platform = await startTestPlatform({ port: await freePort(), toolOrigin })
  const organisation = await createOrganisation(db(), { name: organisationName, kind: 'hogeschool' })
  const admin = await createUser(db(), { organisationId: organisation.id, role: 'admin' })
  const registered = await registerPlatform(admin.id, {
    name: 'LMS',
    organisationId: organisation.id,
    ...platform.registration,
  })
  if (!registered.ok) throw new Error(`registering the test platform failed: ${JSON.stringify(registered)}`)
  return {
    platform,
    toolOrigin,
    organisationId: organisation.id,
    adminId: admin.id,
    close: async () => {
      await platform.close()
      await toolKeys.close()
    },
  }
}

/** A launch as /api/lti/launch handles it: verified, then provisioned; any refusal throws. */
export async function launchAndProvision(lti: RegisteredPlatform, request: LaunchRequest) {
  return (await verifiedLaunch(lti, request)).outcome
}

async function verifiedLaunch({ platform, toolOrigin }: RegisteredPlatform, request: LaunchRequest) {
  const { state, token, browser } = await launchThrough(platform, toolOrigin, request)
  const verified = await verifyLaunch(token, state, browser)
  if ('error' in verified) throw new Error(verified.error)
  const outcome = await provisionLaunch(verified, toolOrigin)
  if (!outcome.ok) throw new Error(outcome.reason)
  return { verified, outcome }
}

/** A docent's deep linking launch (with `request`'s settings), as far as the picker's signed ticket. */
export async function pickerTicket(lti: RegisteredPlatform, request: LaunchRequest): Promise<DeepLinkTicket> {
  const { verified, outcome } = await verifiedLaunch(lti, request)
  const ticket = await readTicket(await deepLinkTicket(verified, outcome.userId))
  if (!ticket) throw new Error('the deep linking ticket is not readable')
  return ticket
}

/** A learner's resource launch of the huisarts dilemma in the grades course; `extra` sets the line item and such. */
export function learnerLaunch(lti: RegisteredPlatform, user: string, extra: Partial<LaunchRequest>): LaunchRequest {
  return {
    kind: 'resource',
    user,
    role: 'Learner',
    course: 'course-grades',
    link: `link-${user}`,
    target: `${lti.toolOrigin}/leren/kramer/huisarts`,
    ...extra,
  }
}

/** A dilemma of the catalog, ready to play; a missing one fails the test. */
export function playable(caseId: string, dilemmaId: string) {
  const found = playableDilemma(caseId, dilemmaId)
  if (!found) throw new Error(`${caseId}/${dilemmaId} is missing from the catalog`)
  return found
}
