import { DEMO, expect, expectAccessible, TEST_LMS as LMS, newVisitor, registerTestLms, signIn, test } from './support'

// Names and Role Provisioning Services in the browser: a docent who launched their course from the test LMS
// (tests/servers/lti-platform.ts) fills its class from the course roster with "Synchroniseer deelnemers".

const DEPLOYMENT = 'deployment-roster'

test('a docent fills the class of their LMS course from the course roster', async ({ browser, baseURL }) => {
  test.setTimeout(120_000)
  // A deployment of its own, so other tests that register the test LMS are not in the way.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await registerTestLms(admin, 'Test-LMS deelnemers', DEPLOYMENT)
  await admin.context().close()

  const course = `roster-${Date.now()}`
  const docent = await newVisitor(browser)
  const launch = new URLSearchParams({
    kind: 'resource',
    user: `docent-${course}`,
    role: 'Instructor',
    course,
    deployment: DEPLOYMENT,
    target: `${baseURL}/leren`,
  })
  await docent.goto(`${LMS}/launch?${launch}`)
  await expect(docent).toHaveURL(`${baseURL}/leren`)

  // The LMS admin enrols two students who have not opened Deelwijs yet.
  const learner = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'
  const enrolled = await docent.request.post(`${LMS}/roster/${course}`, {
    data: [
      { user_id: `${course}-a`, roles: [learner], name: 'Anouk Roster', status: 'Active' },
      { user_id: `${course}-b`, roles: [learner], name: 'Bram Roster', status: 'Active' },
    ],
  })
  expect(enrolled.status()).toBe(204)

  await docent.goto('/klas')
  await docent.getByRole('link', { name: `Cursus ${course}` }).click()
  await expect(docent.getByRole('heading', { name: /Studenten/ })).toBeVisible()
  await expectAccessible(docent)
  await docent.getByRole('button', { name: 'Synchroniseer deelnemers' }).click()
  await expect(
    docent.getByRole('status').filter({ hasText: 'De deelnemers zijn gesynchroniseerd: 3 in de cursus, 2 nieuw' }),
  ).toBeVisible()
  const table = docent.getByRole('table', { name: `Studenten van Cursus ${course}` })
  await expect(table).toContainText('Anouk Roster')
  await expect(table).toContainText('Bram Roster')
})
