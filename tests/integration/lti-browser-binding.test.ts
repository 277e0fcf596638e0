import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { stateCookieName } from '@/lib/lti/browser-binding'
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
  '/api/lti/login/continue': () => import('@/app/api/lti/login/continue/route'),
  '/api/lti/launch': () => import('@/app/api/lti/launch/route'),
  '/api/lti/launch/storage': () => import('@/app/api/lti/launch/storage/route'),
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

test('the login leaves a state cookie; the launch that brings it back is accepted once, and removes it', async () => {
  const browser = new TestBrowser(routes)
  const launch = request('student-once')
  const login = await browser.get(platform.loginInitiationUrl(launch))
  expect(login.status).toBe(303)
  const [setCookie] = login.headers.getSetCookie()
  // On http (these tests, development) a Lax cookie; on HTTPS the __Host- form (tests/unit: browser-binding).
  expect(setCookie).toMatch(/^lti-state-[\w-]{16}=/)
  expect(setCookie).toMatch(/HttpOnly/i)
  expect(setCookie).toMatch(/Max-Age=600/i)
  expect(setCookie).toMatch(/Path=\//i)
  const cookieName = (setCookie ?? '').split('=')[0] as string
  const stateOfLogin = browser.jar.get(cookieName) as string

  const begun = await beginLoginIn(browser, launch)
  const idToken = await platform.idToken(launch, begun.nonce)
  const accepted = await browser.post('/api/lti/launch', { id_token: idToken, state: begun.state })
  expect(accepted.status).toBe(303)
  expect(accepted.headers.get('location')).toBe(`${TOOL_ORIGIN}/leren/kramer/huisarts`)
  expect(browser.jar.has(SESSION_COOKIE)).toBe(true)
  expect(browser.jar.has(stateCookieName(begun.state, env()))).toBe(false)
  expect(browser.jar.get(cookieName)).toBe(stateOfLogin)

  // Replayed with the cookie put back (say, copied from the browser): the state is used up.
  browser.jar.set(stateCookieName(begun.state, env()), begun.state)
  const replayed = await browser.post('/api/lti/launch', { id_token: idToken, state: begun.state })
  expect(replayed.status).toBe(401)
  expect(refusal(replayed)).toBe('invalid-state')
})

test('a state cookie with another value is refused', async () => {
  const browser = new TestBrowser(routes)
  const launch = request('student-forged')
  const begun = await beginLoginIn(browser, launch)
  browser.jar.set(stateCookieName(begun.state, env()), 'not-the-state')
  const response = await postLaunch(browser, launch, begun)
  expect(response.status).toBe(401)
  expect(refusal(response)).toBe('state-mismatch')
  expect(await response.text()).toContain('in een andere browser begonnen')
})

test('a launch posted by a browser with no state cookie at all is refused when the login kept no state elsewhere', async () => {
  const attacker = new TestBrowser(routes)
  const fresh = new TestBrowser(routes)
  const mallory = request('mallory-fresh')
  const response = await postLaunch(fresh, mallory, await beginLoginIn(attacker, mallory))
  expect(response.status).toBe(401)
  expect(refusal(response)).toBe('state-unverified')
  expect(fresh.jar.has(SESSION_COOKIE)).toBe(false)
})

test('a browser that keeps no cookie in the frame, without platform storage, is offered a new window', async () => {
  const browser = new TestBrowser(routes, { blocksCookies: true })
  const launch = request('student-blocked')
  const login = await browser.get(platform.loginInitiationUrl(launch))
  const state = new URL(login.headers.get('location') as string).searchParams.get('state') as string
  const response = await browser.follow(login)
  expect(response.status).toBe(403)
  expect(refusal(response)).toBe('cookies-blocked')
  const html = await response.text()
  expect(html).toContain('Open in een nieuw venster')
  // The link starts the login over, in a window of its own; the state of this one is dropped.
  const relaunch = new URL(
    (html.match(/href="([^"]+)" target="_blank" rel="noopener"/)?.[1] ?? '').replace(/&amp;/g, '&'),
  )
  expect(relaunch.pathname).toBe('/api/lti/login')
  expect(relaunch.searchParams.get('login_hint')).toBe('student-blocked')
  expect(relaunch.searchParams.has('state')).toBe(false)
  expect(await db().ltiLoginState.count({ where: { state } })).toBe(0)
  // In the new window the browser keeps the cookie (first party), and the launch goes through.
  const window = new TestBrowser(routes)
  const toPlatform = await window.follow(await window.get(`${relaunch.pathname}${relaunch.search}`))
  const auth = new URL(toPlatform.headers.get('location') as string)
  expect(auth.origin + auth.pathname).toBe(platform.registration.authLoginUrl)
  const begun = { state: auth.searchParams.get('state') as string, nonce: auth.searchParams.get('nonce') as string }
  expect((await postLaunch(window, launch, begun)).status).toBe(303)
})

/** The configuration our storage pages give their script (lib/lti/platform-storage.server.ts). */
async function storageConfig(response: Response) {
  const html = await response.text()
  const json = html.match(/<script type="application\/json" id="lti-storage">(.*?)<\/script>/s)?.[1]
  if (!json) throw new Error(`no storage page (${response.status}): ${html.slice(0, 300)}`)
  return { html, config: JSON.parse(json) as Record<string, string> }
}

/** A login in a browser that keeps no cookie, on a platform that offers its storage: our page keeps the state there. */
async function storageLogin(browser: TestBrowser, launch: LaunchRequest) {
  const login = await browser.get(platform.loginInitiationUrl(launch))
  const firstState = new URL(login.headers.get('location') as string).searchParams.get('state') as string
  const page = await browser.follow(login)
  expect(page.status).toBe(200)
  const { config } = await storageConfig(page)
  const next = new URL(config.next as string)
  const state = next.searchParams.get('state') as string
  return { config, firstState, state, nonce: next.searchParams.get('nonce') as string }
}

test('with the platform storage: a fresh state is kept in the platform frame and checked at launch by our own page', async () => {
  const browser = new TestBrowser(routes, { blocksCookies: true })
  const launch = request('student-storage', { storageTarget: 'lti_storage' })
  const login = await storageLogin(browser, launch)
  // Not the state of the URL, which anyone could have handed this browser, but a new one, known only to this page.
  expect(login.state).not.toBe(login.firstState)
  expect(await db().ltiLoginState.count({ where: { state: login.firstState } })).toBe(0)
  expect(login.config).toMatchObject({
    mode: 'put',
    key: `lti_state_${login.state}`,
    value: login.state,
    // Messages go to the platform's origin (its authorisation endpoint's), never '*'.
    platformOrigin: new URL(platform.registration.authLoginUrl).origin,
    target: 'lti_storage',
  })
  expect(login.config.next?.startsWith(platform.registration.authLoginUrl)).toBe(true)

  // The launch comes without a cookie: our page asks the platform frame for the state and posts it back.
  const idToken = await platform.idToken(launch, login.nonce)
  const launchPage = await browser.post('/api/lti/launch', { id_token: idToken, state: login.state })
  expect(launchPage.status).toBe(200)
  const { html, config } = await storageConfig(launchPage)
  expect(config).toMatchObject({ mode: 'get', key: `lti_state_${login.state}`, target: 'lti_storage' })
  expect(html).toContain('action="/api/lti/launch/storage"')

  const accepted = await browser.post(
    '/api/lti/launch/storage',
    { id_token: idToken, state: login.state, stored_state: login.state },
    TOOL_ORIGIN,
  )
  expect(accepted.status).toBe(303)
  expect(accepted.headers.get('location')).toBe(`${TOOL_ORIGIN}/leren/kramer/huisarts`)
  expect(accepted.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(true)
})

test('with the platform storage: nothing kept, another value, or a post from another site is refused', async () => {
  const cases = [
    { stored: '', from: TOOL_ORIGIN, status: 401, code: 'state-unverified' },
    { stored: 'someone-elses-state', from: TOOL_ORIGIN, status: 401, code: 'state-mismatch' },
    // The right value, but not from our own page: the attacker's site posting the form itself.
    { stored: 'same', from: 'https://attacker.example', status: 403, code: 'invalid-request' },
  ]
  for (const [i, { stored, from, status, code }] of cases.entries()) {
    const browser = new TestBrowser(routes, { blocksCookies: true })
    const launch = request(`student-storage-${i}`, { storageTarget: '_parent' })
    const login = await storageLogin(browser, launch)
    const idToken = await platform.idToken(launch, login.nonce)
    const response = await browser.post(
      '/api/lti/launch/storage',
      { id_token: idToken, state: login.state, stored_state: stored === 'same' ? login.state : stored },
      from,
    )
    expect([response.status, refusal(response)], code).toEqual([status, code])
  }
})

test('a login that kept its state only in a cookie cannot be finished through the storage route', async () => {
  const browser = new TestBrowser(routes)
  const launch = request('student-cookie-only')
  const begun = await beginLoginIn(browser, launch)
  const idToken = await platform.idToken(launch, begun.nonce)
  const response = await browser.post(
    '/api/lti/launch/storage',
    { id_token: idToken, state: begun.state, stored_state: begun.state },
    TOOL_ORIGIN,
  )
  expect(response.status).toBe(401)
  expect(refusal(response)).toBe('state-unverified')
})
