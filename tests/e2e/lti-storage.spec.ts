import { DEMO, expect, TEST_LMS as LMS, newVisitor, registerTestLms, signIn, test } from './support'

// The LTI launch in a browser that keeps no cookie of Deelwijs inside the LMS's frame, on a platform that offers the
// 1EdTech postMessage storage (tests/servers/lti-platform.ts: a course page with a storage frame named "lti_storage").
// The test LMS and Deelwijs both run on localhost, so this Chromium treats the frame as same-site and keeps cookies:
// the test drops the login's state cookie itself (the Set-Cookie of /api/lti/login never reaches the frame), as
// Safari would. Our pages then keep the state in the platform's frame at login and read it back at launch
// (docs/decisions/035-lti-launch-bound-to-the-browser.md).

const DEPLOYMENT = 'deployment-storage'

test('without the state cookie, the launch in the frame is checked through the platform storage', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await registerTestLms(admin, 'Test-LMS opslag', DEPLOYMENT)
  await admin.context().close()

  const student = await newVisitor(browser)
  // Playwright routes only the first request of a redirect chain, so the LMS's link is routed: its redirect to our
  // login is followed here, and the browser gets only where the login sends it next, without the cookie.
  await student.route(
    (url) => url.origin === LMS && url.pathname === '/launch',
    async (route) => {
      const toLogin = (await route.fetch({ maxRedirects: 0 })).headers().location ?? ''
      const login = await student.context().request.get(toLogin, { maxRedirects: 0 })
      await student.context().clearCookies({ name: /lti-state-/ })
      await route.fulfill({ status: 302, headers: { location: login.headers().location ?? '' } })
    },
  )

  const course = `storage-${Date.now()}`
  const launch = new URLSearchParams({
    kind: 'resource',
    user: `student-${course}`,
    role: 'Learner',
    course,
    deployment: DEPLOYMENT,
    target: `${baseURL}/leren/kramer/huisarts`,
    storageTarget: 'lti_storage',
  })
  await student.goto(`${LMS}/course?${launch}`)
  await expect.poll(() => student.frame({ url: /\/leren\/kramer\/huisarts/ }) !== null, { timeout: 30_000 }).toBe(true)
  expect((await student.context().cookies()).some((cookie) => cookie.name.includes('lti-state-'))).toBe(false)

  // The platform's frame was asked to keep the state, then asked for it back, by Deelwijs's origin.
  const storage = student.frame({ name: 'lti_storage' })
  if (!storage) throw new Error('the test LMS has no storage frame')
  const log = (await storage.evaluate(() => (window as unknown as { ltiStorageLog: unknown[] }).ltiStorageLog)) as {
    subject: string
    key: string
    origin: string
  }[]
  expect(log.map((entry) => entry.subject)).toEqual(['lti.put_data', 'lti.get_data'])
  expect(log[0]?.key).toMatch(/^lti_state_/)
  expect(log[1]?.key).toBe(log[0]?.key)
  expect(log.every((entry) => entry.origin === baseURL)).toBe(true)
  await student.context().close()
})
