import { DEMO, expect, TEST_LMS as LMS, newVisitor, signIn, test } from './support'

// LTI Dynamic Registration end to end (docs/decisions/038-lti-dynamic-registration.md): a Deelwijs admin makes a
// registration link, the LMS admin pastes it into the test LMS (tests/servers/lti-platform.ts), which opens it in a
// window; Deelwijs registers itself, tells the LMS to close the window, and a launch from that LMS then reaches a
// dilemma. The same link does not work twice.

test('an LMS registers Deelwijs with one URL, and its launches then reach a dilemma', async ({ browser, baseURL }) => {
  test.setTimeout(120_000)
  const name = `Test-LMS dynamisch ${Date.now()}`

  // The Deelwijs admin makes the link.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await admin.goto('/beheer/lti')
  await admin.getByRole('link', { name: 'Registratielink maken' }).click()
  await expect(admin).toHaveURL(/\/beheer\/lti\/registratielink$/)
  await admin.getByLabel('Organisatie').selectOption({ label: 'Hogeschool Demostad' })
  await admin.getByLabel('Naam van de leeromgeving (optioneel)').fill(name)
  await admin.getByRole('button', { name: 'Registratielink maken' }).click()
  const shown = admin.getByTestId('registratielink')
  await expect(shown).toContainText('/api/lti/register/')
  const link = (await shown.textContent())?.trim() ?? ''
  expect(link.startsWith(`${baseURL}/api/lti/register/`)).toBe(true)

  // The LMS admin pastes it into the LMS, which opens it in a window and waits for the tool's close message.
  const lmsAdmin = await newVisitor(browser)
  await lmsAdmin.goto(`${LMS}/admin/register-tool`)
  await lmsAdmin.getByLabel('Tool-URL').fill(link)
  await lmsAdmin.getByRole('button', { name: 'Registreren' }).click()
  // The window closes as soon as Deelwijs's page posts its close message, so its answer is caught on the way.
  const confirmation = lmsAdmin.context().waitForEvent('response', (response) => response.url().startsWith(link))
  await lmsAdmin.getByRole('button', { name: 'Open het registratievenster' }).click()
  const answer = await confirmation
  expect(answer.status()).toBe(200)
  // Same-origin would sever window.opener, and the LMS would never hear that the registration is done.
  expect((await answer.allHeaders())['cross-origin-opener-policy']).toBe('unsafe-none')
  await expect(lmsAdmin.locator('#status')).toHaveText(/Registratie afgerond/)
  await lmsAdmin.context().close()

  // The registration is on the admin's LTI page, and in the audit log.
  await admin.goto('/beheer/lti')
  const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name }) })
  await expect(card).toContainText('Organisatie: Hogeschool Demostad')
  const clientId = (await card.locator('code').nth(1).textContent()) ?? ''
  expect(clientId).toMatch(/^deelwijs-dynamisch-/)
  await admin.goto('/beheer/logboek')
  await expect(admin.getByRole('main')).toContainText('heeft zich geregistreerd met een registratielink')

  // The same link again: refused with a Dutch page, nothing fetched.
  const replay = await admin.request.get(
    `${link}?openid_configuration=${encodeURIComponent(`${LMS}/.well-known/openid-configuration`)}`,
  )
  expect(replay.status()).toBe(409)
  expect(replay.headers()['x-deelwijs-error']).toBe('link-used')
  expect(await replay.text()).toContain('Deze registratielink is al gebruikt')
  await admin.context().close()

  // A learner launches from the LMS, as the client it registered: they land in the dilemma.
  const student = await newVisitor(browser)
  const course = `course-dyn-${Date.now()}`
  const launch = new URLSearchParams({
    kind: 'resource',
    user: `student-${course}`,
    role: 'Learner',
    course,
    link: `link-${course}`,
    client: clientId,
    target: `${baseURL}/leren/kramer/huisarts`,
  })
  await student.goto(`${LMS}/launch?${launch}`)
  await expect(student).toHaveURL(/\/leren\/kramer\/huisarts/)
  await student.context().close()
})

test('a registration link that does not exist opens nothing', async ({ request }) => {
  const response = await request.get(
    `/api/lti/register/bestaat-niet-0123456789abcdef?openid_configuration=${encodeURIComponent(`${LMS}/.well-known/openid-configuration`)}`,
  )
  expect(response.status()).toBe(404)
  expect(response.headers()['x-deelwijs-error']).toBe('unknown-link')
  expect(await response.text()).toContain('Deze registratielink bestaat niet')
})
