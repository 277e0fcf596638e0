import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest'
import { db } from '@/lib/db/client.server'
import { createHandoff, dropHandoff, redeemHandoff } from '@/lib/lti/handoff.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import type { LaunchRequest, TestPlatform } from '../servers/lti-platform'
import { type RegisteredPlatform, registeredTestPlatform } from '../support/lti'
import { type Routes, TestBrowser, TOOL_ORIGIN } from '../support/lti-browser'

// A launch inside an LMS's frame whose session cookie does not stick (third-party cookies blocked), the single-use
// hand-off to a new window, and deep linking on its ticket alone (docs/decisions/037-framed-lti-sessions.md). The
// routes run as a browser meets them, with a cookie jar per browser, against the test platform's signed tokens.

// Before anything reads the environment: an LMS may frame Deelwijs, so a launch without Sec-Fetch-Dest is framed.
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789abcdef'
  process.env.FRAME_ANCESTORS = 'https://lms.example'
})
vi.mock('next/headers', async () => (await import('../support/action-session')).headersModule)
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/server')>()),
  after: () => undefined,
}))

const routes: Routes = {
  '/api/lti/login': () => import('@/app/api/lti/login/route'),
  '/api/lti/login/continue': () => import('@/app/api/lti/login/continue/route'),
  '/api/lti/launch': () => import('@/app/api/lti/launch/route'),
  '/api/lti/launch/check': () => import('@/app/api/lti/launch/check/route'),
  '/api/lti/handoff': () => import('@/app/api/lti/handoff/route'),
  '/api/lti/deep-link': () => import('@/app/api/lti/deep-link/route'),
}

const SESSION_COOKIE = 'next-auth.session-token'
/** A frame that keeps the login's state cookie but no session cookie: the session is what third parties lose. */
const dropsSession = () => new TestBrowser(routes, { drops: /session-token/ })

let platform: TestPlatform
let lti: RegisteredPlatform

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Frame')
  platform = lti.platform
})

afterAll(() => lti.close())
afterEach(() => vi.useRealTimers())

const learner = (user: string): LaunchRequest => ({
  kind: 'resource',
  user,
  role: 'Learner',
  course: 'course-frame',
  target: `${TOOL_ORIGIN}/leren/kramer/huisarts`,
})

/** The login and the launch in `browser`: the launch's response (a redirect on success). */
async function launchIn(browser: TestBrowser, launch: LaunchRequest) {
  const login = await browser.follow(await browser.get(platform.loginInitiationUrl(launch)))
  const auth = new URL(login.headers.get('location') ?? '')
  const idToken = await platform.idToken(launch, auth.searchParams.get('nonce') as string)
  return browser.post('/api/lti/launch', { id_token: idToken, state: auth.searchParams.get('state') as string })
}

const tokenOf = (location: string | null) => new URL(location ?? '', TOOL_ORIGIN).searchParams.get('overdracht') ?? ''
const errorOf = (response: Response) => response.headers.get('x-deelwijs-error')
const handoff = (browser: TestBrowser, token: string, from = TOOL_ORIGIN) =>
  browser.post('/api/lti/handoff', { overdracht: token }, from)

test('a framed launch whose session cookie did not stick offers the hand-off; it signs in once, in a new window', async () => {
  const frame = dropsSession()
  const launched = await launchIn(frame, learner('student-blocked'))
  expect(launched.status).toBe(303)
  const check = launched.headers.get('location') ?? ''
  expect(check).toMatch(new RegExp(`^${TOOL_ORIGIN}/api/lti/launch/check\\?overdracht=[\\w-]{43}$`))
  // The launch did set a session, marked framed; this browser did not keep it.
  expect(launched.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(true)
  expect(frame.jar.has(SESSION_COOKIE)).toBe(false)

  const page = await frame.get(check)
  expect(page.status).toBe(200)
  const html = await page.text()
  expect(html).toContain('Open Deelwijs in een nieuw venster')
  // A plain form to a new window: works without JavaScript.
  expect(html).toMatch(/<form method="post" action="\/api\/lti\/handoff" target="_blank">/)
  expect(html).toContain(`name="overdracht" value="${tokenOf(check)}"`)
  expect(html).not.toContain('<script')

  // The new window: a top-level, first-party request of the same browser.
  const window = new TestBrowser(routes)
  const opened = await handoff(window, tokenOf(check))
  expect(opened.status).toBe(303)
  expect(opened.headers.get('location')).toBe(`${TOOL_ORIGIN}/leren/kramer/huisarts`)
  const cookie = opened.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? ''
  expect(cookie).toMatch(/SameSite=Lax/i)
  expect(cookie).not.toMatch(/Partitioned/i)
  const { claimsFromCookie } = await import('@/lib/auth/session.server')
  const claims = await claimsFromCookie(window.jar.get(SESSION_COOKIE))
  const user = await db().user.findFirstOrThrow({ where: { identities: { some: { subject: 'lms-student-blocked' } } } })
  expect(claims?.sub).toBe(user.id)
  expect(claims?.secondFactor).toBe('exempt')

  // Once only: replayed, in this window or another, it is refused with a Dutch page and no session.
  const replay = new TestBrowser(routes)
  const replayed = await handoff(replay, tokenOf(check))
  expect(replayed.status).toBe(410)
  expect(errorOf(replayed)).toBe('handoff-used')
  expect(await replayed.text()).toContain('is al gebruikt')
  expect(replay.jar.has(SESSION_COOKIE)).toBe(false)
  // And the check page of the used token no longer offers it.
  expect((await frame.get(check)).status).toBe(410)
})

test('a framed launch whose cookie stuck goes straight on, and its hand-off is gone', async () => {
  const frame = new TestBrowser(routes)
  const launched = await launchIn(frame, learner('student-keeps'))
  const check = launched.headers.get('location') ?? ''
  expect(frame.jar.has(SESSION_COOKIE)).toBe(true)
  const onward = await frame.get(check)
  expect(onward.status).toBe(303)
  expect(onward.headers.get('location')).toBe(`${TOOL_ORIGIN}/leren/kramer/huisarts`)
  // The token in the frame's address is worth nothing now.
  const late = await handoff(new TestBrowser(routes), tokenOf(check))
  expect(late.status).toBe(404)
  expect(errorOf(late)).toBe('handoff-unknown')
})

test('the check counts only the session of the launched user: another session there still gets the hand-off', async () => {
  const frame = dropsSession()
  const check = (await launchIn(frame, learner('student-other'))).headers.get('location') ?? ''
  // Someone else's session cookie in this browser (say, an earlier launch of another person).
  const other = new TestBrowser(routes)
  await launchIn(other, learner('student-earlier'))
  frame.jar.set(SESSION_COOKIE, other.jar.get(SESSION_COOKIE) ?? '')
  const page = await frame.get(check)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('Open Deelwijs in een nieuw venster')
  // Dropping it needs its own user too.
  const earlier = await db().user.findFirstOrThrow({
    where: { identities: { some: { subject: 'lms-student-earlier' } } },
  })
  expect(await dropHandoff(tokenOf(check), earlier.id)).toBe(false)
  expect((await handoff(new TestBrowser(routes), tokenOf(check))).status).toBe(303)
})

test('a hand-off is refused after its two minutes, when unknown, from another site, or for a deactivated account', async () => {
  const organisation = await createOrganisation(db(), { name: 'Handoff org', kind: 'hogeschool' })
  const user = await createUser(db(), { organisationId: organisation.id, role: 'learner' })
  const browser = new TestBrowser(routes)

  const expiring = await createHandoff(user.id, '/leren')
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.now() + 121_000)
  const expired = await handoff(browser, expiring)
  expect(expired.status).toBe(410)
  expect(errorOf(expired)).toBe('handoff-expired')
  expect(await expired.text()).toContain('is verlopen')
  vi.useRealTimers()

  const unknown = await handoff(browser, 'A'.repeat(43))
  expect(unknown.status).toBe(404)
  expect(errorOf(unknown)).toBe('handoff-unknown')
  const malformed = await handoff(browser, 'kort')
  expect(malformed.status).toBe(400)

  // A page on another site cannot use someone's hand-off in a victim's browser (login CSRF); the token stays unused.
  const token = await createHandoff(user.id, '/leren/kramer')
  const forged = await handoff(browser, token, 'https://evil.example')
  expect(forged.status).toBe(403)
  expect(browser.jar.has(SESSION_COOKIE)).toBe(false)

  await db().user.update({ where: { id: user.id }, data: { active: false } })
  const inactive = await handoff(browser, token)
  expect(inactive.status).toBe(403)
  expect(errorOf(inactive)).toBe('inactive')
  expect(browser.jar.has(SESSION_COOKIE)).toBe(false)
})

test('two posts of the same hand-off at once sign in at most one browser', async () => {
  const organisation = await createOrganisation(db(), { name: 'Race org', kind: 'hogeschool' })
  const user = await createUser(db(), { organisationId: organisation.id, role: 'learner' })
  const token = await createHandoff(user.id, '/leren')
  const results = await Promise.all([redeemHandoff(token), redeemHandoff(token), redeemHandoff(token)])
  expect(results.filter((result) => result.ok)).toHaveLength(1)
  expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.error)).toEqual([
    'handoff-used',
    'handoff-used',
  ])
  // Only the hash is stored.
  expect(await db().ltiHandoff.count({ where: { tokenHash: token } })).toBe(0)
  await expect(createHandoff(user.id, 'https://evil.example/')).rejects.toThrow()
  await expect(createHandoff(user.id, '//evil.example/')).rejects.toThrow()
})

test('deep linking needs no session: the ticket alone, as long as it is genuine, fresh and its docent active', async () => {
  const frame = new TestBrowser(routes, { blocksCookies: true })
  const docentLaunch: LaunchRequest = {
    kind: 'deeplink',
    user: 'docent-frame',
    role: 'Instructor',
    course: 'course-frame',
    target: `${TOOL_ORIGIN}/api/lti/launch`,
  }
  // Safari keeps no cookie at all: the login goes through the storage page. Here the state cookie is kept by a
  // browser that drops only the session (the picker's own concern), to reach the picker.
  const launched = await launchIn(dropsSession(), docentLaunch)
  expect(launched.status).toBe(303)
  const picker = new URL(launched.headers.get('location') ?? '')
  expect(picker.pathname).toBe('/lti/kiezen')
  const ticket = picker.searchParams.get('sessie') ?? ''

  const post = (fields: Record<string, string>, from = TOOL_ORIGIN) => frame.post('/api/lti/deep-link', fields, from)
  const chosen = await post({ sessie: ticket, actie: 'toevoegen', kies: 'kramer/huisarts' })
  expect(chosen.status).toBe(200)
  expect(await chosen.text()).toContain(`action="${platform.url}/deep-link-return"`)

  // Tampered: any change to the signed ticket is refused.
  const [header, payload, signature] = ticket.split('.') as [string, string, string]
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
  const forged = Buffer.from(JSON.stringify({ ...claims, returnUrl: 'https://evil.example/return' })).toString(
    'base64url',
  )
  for (const bad of [`${header}.${forged}.${signature}`, `${ticket}x`, '']) {
    const refused = await post({ sessie: bad, actie: 'toevoegen', kies: 'kramer/huisarts' })
    expect(refused.status).toBe(403)
    expect(errorOf(refused)).toBe('invalid-ticket')
  }
  // From another site: refused whatever the ticket.
  expect((await post({ sessie: ticket, actie: 'annuleren' }, 'https://evil.example')).status).toBe(403)
  // Short-lived: after its 30 minutes it no longer works.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.now() + 31 * 60_000)
  expect(errorOf(await post({ sessie: ticket, actie: 'annuleren' }))).toBe('invalid-ticket')
  vi.useRealTimers()
  // Bound to its docent: once the account is deactivated, the ticket stops working.
  await db().user.updateMany({
    where: { identities: { some: { subject: 'lms-docent-frame' } } },
    data: { active: false },
  })
  expect(errorOf(await post({ sessie: ticket, actie: 'annuleren' }))).toBe('invalid-ticket')
})
