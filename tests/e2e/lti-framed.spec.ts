import {
  DEMO,
  expect,
  type Frame,
  TEST_LMS as LMS,
  newVisitor,
  type Page,
  registerTestLms,
  signIn,
  test,
} from './support'

// The LTI launch and deep linking in a browser that blocks third-party cookies (docs/decisions/037-framed-lti-sessions.md).
// The test LMS's course page is opened under 127.0.0.1, another site than Deelwijs on localhost, so Deelwijs's frame
// is a third-party frame, as on a real LMS. Chromium blocks unpartitioned third-party cookies in Playwright's browser
// contexts by default (they are off the record, like incognito windows; the --test-third-party-cookie-phaseout flag
// changed nothing here), and each test asserts that the block bites in Deelwijs's frame before relying on it. The app
// runs on plain http here, where the session cookie cannot be `Secure; Partitioned` and is Lax (ADR 035's rule), so
// what CHIPS would keep on HTTPS is dropped here: the frame gets no session cookie, as in Safari, and the launch must
// go through the hand-off to a new window. The partitioned cookie's attributes are tested in
// tests/integration/lti-framed-session.test.ts.

const CROSS_SITE_LMS = LMS.replace('localhost', '127.0.0.1')
const DEPLOYMENT = 'deployment-framed'
const SESSION_COOKIE = 'next-auth.session-token'

test.beforeAll(async ({ browser }) => {
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await registerTestLms(admin, 'Test-LMS derde partij', DEPLOYMENT)
  await admin.context().close()
})

/** The course page of the test LMS under another site, with Deelwijs's frame on it. */
async function openCourse(page: Page, launch: Record<string, string>, baseURL: string): Promise<void> {
  const query = new URLSearchParams({ deployment: DEPLOYMENT, storageTarget: 'lti_storage', ...launch })
  await page.goto(`${CROSS_SITE_LMS}/course?${query}`)
  expect(new URL(page.url()).hostname).toBe('127.0.0.1')
  expect(new URL(baseURL).hostname).toBe('localhost')
}

/** Deelwijs's frame on the LMS's page, once its address matches. */
async function deelwijsFrame(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frame({ url }) !== null, { timeout: 30_000 }).toBe(true)
  const frame = page.frame({ url })
  if (!frame) throw new Error(`no frame at ${url}`)
  return frame
}

/** The third-party cookie block bites in this frame: no access to unpartitioned cookies, and no session cookie. */
async function expectNoCookieIn(frame: Frame) {
  expect(await frame.evaluate(() => document.hasStorageAccess())).toBe(false)
  const cookies = await frame.page().context().cookies()
  expect(cookies.map((cookie) => cookie.name)).not.toContain(SESSION_COOKIE)
}

test('with third-party cookies blocked, the launch reaches the dilemma through the hand-off to a new window', async ({
  page,
  baseURL,
}) => {
  test.slow()
  const course = `framed-${Date.now()}`
  await openCourse(
    page,
    {
      kind: 'resource',
      user: `student-${course}`,
      role: 'Learner',
      course,
      target: `${baseURL}/leren/kramer/huisarts`,
    },
    baseURL ?? '',
  )

  // The launch succeeded, but its session cookie did not come back in the frame: the check offers a new window.
  const check = await deelwijsFrame(page, /\/api\/lti\/launch\/check\?overdracht=/)
  await expect(check.getByRole('heading', { name: 'Open Deelwijs in een nieuw venster' })).toBeVisible()
  await expectNoCookieIn(check)
  // Without the hand-off, the frame would have landed on the sign-in page, where LTI users have no password.
  expect(page.frames().some((frame) => frame.url().includes('/inloggen'))).toBe(false)

  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    check.getByRole('button', { name: 'Open in een nieuw venster' }).click(),
  ])
  await expect(popup).toHaveURL(`${baseURL}/leren/kramer/huisarts`)
  await expect(popup.getByRole('button', { name: /^(Begin dit dilemma|Opnieuw spelen)$/ })).toBeVisible()
  // A first-party session in the new window: an ordinary Lax cookie.
  const session = (await popup.context().cookies(baseURL)).find((cookie) => cookie.name === SESSION_COOKIE)
  expect(session?.sameSite).toBe('Lax')

  // The hand-off is single use: posting it again (the button in the frame) gives a clear Dutch refusal, no session.
  const [again] = await Promise.all([
    page.waitForEvent('popup'),
    check.getByRole('button', { name: 'Open in een nieuw venster' }).click(),
  ])
  await expect(again.getByRole('main')).toContainText('is al gebruikt')
  await expect(again.getByRole('main')).toContainText('handoff-used')
})

test('with third-party cookies blocked, deep linking works in the frame on its ticket alone', async ({
  page,
  baseURL,
}) => {
  test.slow()
  const course = `framed-dl-${Date.now()}`
  await openCourse(
    page,
    { kind: 'deeplink', user: `docent-${course}`, role: 'Instructor', course, target: `${baseURL}/api/lti/launch` },
    baseURL ?? '',
  )
  const picker = await deelwijsFrame(page, /\/lti\/kiezen\?sessie=/)
  await expectNoCookieIn(picker)
  await picker.getByLabel('Blauwe plekken').check()
  await picker.getByRole('button', { name: 'Toevoegen aan mijn cursus' }).click()
  // The response went back to the LMS, inside the same frame.
  const returned = await deelwijsFrame(page, /\/deep-link-return$/)
  await expect(returned.getByRole('main')).toContainText('1 item(s) toegevoegd')
  await expect(returned.getByRole('link', { name: /Blauwe plekken/ })).toBeVisible()
})
