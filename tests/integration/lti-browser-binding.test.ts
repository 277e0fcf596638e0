import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import type { LaunchRequest, TestPlatform } from '../servers/lti-platform'
import { type RegisteredPlatform, registeredTestPlatform } from '../support/lti'
import { type Routes, TestBrowser, TOOL_ORIGIN } from '../support/lti-browser'

// The LTI launch is bound to the browser that began its login (docs/decisions/035-lti-launch-bound-to-the-browser.md):
// the login and launch routes run here as a browser meets them, with a cookie jar per browser, against the test
// platform's real signed ID tokens.

// Before anything reads the environment: the launch signs a session cookie with it.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789abcdef'
})
vi.mock('next/headers', async () => (await import('../support/action-session')).headersModule)
// The roster sync runs after the response in the app; it has its own tests (lti-roster.test.ts).
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: () => undefined,
}))

const routes: Routes = {
  '/api/lti/login': () => import('@/app/api/lti/login/route'),
  '/api/lti/launch': () => import('@/app/api/lti/launch/route'),
}

const SESSION_COOKIE = 'next-auth.session-token'

let platform: TestPlatform
let lti: RegisteredPlatform

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Browser')
  platform = lti.platform
})

afterAll(() => lti.close())

const request = (user: string, extra: Partial<LaunchRequest> = {}): LaunchRequest => ({
  kind: 'resource',
  user,
  role: 'Learner',
  course: 'course-browser',
  target: `${TOOL_ORIGIN}/leren/kramer/huisarts`,
  ...extra,
})

/** Step 1 in a browser: the LMS sends it to our login URL; we send it on (through our own pages) to the platform. */
async function beginLoginIn(browser: TestBrowser, launch: LaunchRequest) {
  const response = await browser.follow(await browser.get(platform.loginInitiationUrl(launch)))
  const location = response.headers.get('location')
  if (!location) throw new Error(`the login did not go on to the platform (${response.status})`)
  const auth = new URL(location)
  expect(auth.origin + auth.pathname).toBe(platform.registration.authLoginUrl)
  return { state: auth.searchParams.get('state') as string, nonce: auth.searchParams.get('nonce') as string }
}

/** Step 2: the platform's signed answer, posted by `browser` to our launch URL. */
async function postLaunch(browser: TestBrowser, launch: LaunchRequest, login: { state: string; nonce: string }) {
  const idToken = await platform.idToken(launch, login.nonce)
  return browser.post('/api/lti/launch', { id_token: idToken, state: login.state })
}

const refusal = (response: Response) => response.headers.get('x-deelwijs-error')

test('a launch begun in one browser is refused in another (login CSRF)', async () => {
  const attacker = new TestBrowser(routes)
  const victim = new TestBrowser(routes)
  // The victim's browser has cookies of its own: it was signed in by a launch of its own, and began another one.
  const victimLaunch = request('victim')
  expect((await postLaunch(victim, victimLaunch, await beginLoginIn(victim, victimLaunch))).status).toBe(303)
  const victimSession = victim.jar.get(SESSION_COOKIE)
  expect(victimSession).toBeDefined()
  await beginLoginIn(victim, victimLaunch)

  // The attacker begins a login in their own browser and gets their own ID token and state from the LMS ...
  const mallory = request('mallory')
  const stolen = await beginLoginIn(attacker, mallory)
  // ... and has the victim's browser post them (a self-submitting form on the attacker's site).
  const forced = await postLaunch(victim, mallory, stolen)
  expect(forced.status).toBe(401)
  expect(refusal(forced)).toBe('state-mismatch')
  // The victim is still signed in as themselves.
  expect(victim.jar.get(SESSION_COOKIE)).toBe(victimSession)

  // The same launch in the browser that began it goes through.
  const own = await beginLoginIn(attacker, mallory)
  const accepted = await postLaunch(attacker, mallory, own)
  expect(accepted.status).toBe(303)
  expect(attacker.jar.has(SESSION_COOKIE)).toBe(true)
})
