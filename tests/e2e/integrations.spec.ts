import { DEMO, expect, expectAccessible, newVisitor, playToEnding, signIn, test } from './support'

// Single sign-on against a real OpenID Connect provider, and the LTI 1.3 flow against a test platform that signs real
// tokens: registration by the admin, deep linking by a docent, a learner's launch inside the LMS's frame, and the
// score in the gradebook. Both servers, and a test LRS, are started by playwright.config.ts on localhost.

const OIDC = 'http://localhost:3120'
const LMS = 'http://localhost:3130'
const LRS = 'http://localhost:3140'

async function signInAtProvider(page: import('@playwright/test').Page, login: string) {
  await page.goto('/inloggen')
  await expectAccessible(page)
  // The single sign-on button needs JavaScript (next-auth's client posts the sign-in with its CSRF token): wait until
  // React has taken the button over, or a click on a slow machine lands before hydration and does nothing.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('button')).some(
      (button) =>
        button.textContent?.includes('SURFconext') && Object.keys(button).some((key) => key.startsWith('__reactProps')),
    ),
  )
  await page.getByRole('button', { name: 'Inloggen met SURFconext' }).click()
  await expect(page).toHaveURL(new RegExp(`^${OIDC}/`))
  await page.locator('input[name=login]').fill(login)
  await page.locator('input[name=password]').fill('wat-dan-ook')
  await page.locator('button[type=submit]').click()
  // The provider asks once for consent to share the claims with Deelwijs.
  const consent = page.locator('button[type=submit]', { hasText: /continue/i })
  if (await consent.isVisible().catch(() => false)) await consent.click()
}

test('a student and a docent sign in through their institution; an unknown institution is refused in Dutch', async ({
  browser,
}) => {
  // Three sign-ins through the provider (36 s alone) ran out of the minute beside other suites.
  test.slow()
  const student = await newVisitor(browser)
  await signInAtProvider(student, `sanne-${Date.now()}`)
  await expect(student).toHaveURL(/\/leren$/)
  await student.goto('/account')
  await expect(student.getByRole('main')).toContainText('Test sanne-')
  await student.context().close()

  const docent = await newVisitor(browser)
  await signInAtProvider(docent, `docent-jansen-${Date.now()}`)
  await expect(docent).toHaveURL(/\/klas$/)
  await docent.context().close()

  const stranger = await newVisitor(browser)
  await signInAtProvider(stranger, `elders-${Date.now()}`)
  await expect(stranger).toHaveURL(/\/inloggen\?fout=geen-organisatie/)
  await expect(stranger.getByRole('main').getByRole('alert')).toContainText('Je organisatie is nog niet aangesloten')
  await expectAccessible(stranger)
  await stranger.context().close()
})

test("finding 2: an account made with a class code under a docent's address does not receive their sign-in", async ({
  browser,
}) => {
  // Two browsers, an argon2id registration and a round trip through the provider.
  test.slow()
  // Someone registers with the demo class code under the address a docent has at the institution, and a password.
  const login = `docent-doelwit-${Date.now()}`
  const planter = await newVisitor(browser)
  await planter.goto('/aanmelden?code=KLAS-2026')
  await planter.getByLabel('E-mailadres').fill(`${login}@hva.example`)
  await planter.getByLabel('Je naam').fill('Niet De Docent')
  await planter.getByLabel('Kies een wachtwoord').fill('het wachtwoord van iemand anders')
  await planter.getByRole('button', { name: 'Account maken' }).click()
  await expect(planter).toHaveURL(/\/leren$/)
  await planter.context().close()

  // The docent signs in through the institution, which vouches for the address: refused, with what to do in Dutch.
  const docent = await newVisitor(browser)
  await signInAtProvider(docent, login)
  await expect(docent).toHaveURL(/\/inloggen\?fout=email-bevestigen/)
  await expect(docent.getByRole('main').getByRole('alert')).toContainText('nog niet bevestigd')
  await expectAccessible(docent)
  // Not signed in, so not in the planted account either.
  await docent.goto('/account')
  await expect(docent).toHaveURL(/\/inloggen\?terug=%2Faccount/)
  await docent.context().close()
})

test('LTI: the admin registers the LMS, a docent adds a dilemma, a student plays it in the frame and gets a grade', async ({
  browser,
  baseURL,
}) => {
  // Registration, a cancelled and a completed deep link, a whole dilemma in the frame and the grade: over a minute
  // when the suite runs two workers at once.
  test.slow()
  // 1. The admin registers the learning environment.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await admin.goto('/beheer/lti')
  await expectAccessible(admin)
  await expect(admin.getByRole('main')).toContainText('/api/lti/login')
  await admin.getByLabel('Naam', { exact: true }).fill('Test-LMS')
  await admin.getByLabel('Organisatie').selectOption({ label: 'Hogeschool Demostad' })
  await admin.getByLabel('Issuer (Platform ID)').fill(LMS)
  await admin.getByLabel('Client ID').fill('deelwijs-test-tool')
  await admin.getByLabel('Deployment ID').fill('deployment-1')
  await admin.getByLabel('Authenticatie-URL (OIDC auth endpoint)').fill(`${LMS}/auth`)
  await admin.getByLabel('Access-token-URL').fill(`${LMS}/token`)
  await admin.getByLabel('Public keyset-URL van de leeromgeving').fill(`${LMS}/jwks`)
  await admin.getByRole('button', { name: 'Koppelen' }).click()
  await expect(admin.getByRole('status')).toContainText('Test-LMS is geregistreerd.')
  await expect(admin.getByRole('heading', { name: 'Test-LMS', exact: true })).toBeVisible()
  await admin.context().close()

  const course = `course-${Date.now()}`
  const deepLinkLaunch = (settings = '') =>
    `${LMS}/launch?kind=deeplink&user=docent-${course}&role=Instructor&course=${course}&target=${encodeURIComponent(`${baseURL}/api/lti/launch`)}${settings}`

  // 2a. Where the LMS takes one item, the picker offers radio buttons; Annuleren goes back with nothing added.
  const cancelling = await newVisitor(browser)
  await cancelling.goto(deepLinkLaunch('&acceptMultiple=false'))
  await expect(cancelling).toHaveURL(/\/lti\/kiezen\?sessie=/)
  await expect(cancelling.getByRole('radio', { name: 'Blauwe plekken' })).toBeVisible()
  await expect(cancelling.getByRole('checkbox')).toHaveCount(0)
  await cancelling.getByRole('button', { name: 'Annuleren' }).click()
  await expect(cancelling).toHaveURL(`${LMS}/deep-link-return`)
  await expect(cancelling.getByRole('main')).toContainText('Niets toegevoegd')
  await expect(cancelling.getByRole('main')).toContainText('Er is niets uit Deelwijs toegevoegd.')
  await cancelling.context().close()

  // 2b. A docent, in their course, picks a dilemma through Deep Linking.
  const docent = await newVisitor(browser)
  await docent.goto(deepLinkLaunch())
  await expect(docent).toHaveURL(/\/lti\/kiezen\?sessie=/)
  await expectAccessible(docent)
  await docent.getByLabel('Blauwe plekken').check()
  await docent.getByRole('button', { name: 'Toevoegen aan mijn cursus' }).click()
  await expect(docent).toHaveURL(`${LMS}/deep-link-return`)
  await expect(docent.getByRole('main')).toContainText('1 item(s) toegevoegd')
  const added = docent.getByRole('link', { name: /Blauwe plekken/ })
  const href = (await added.getAttribute('href')) ?? ''
  await docent.context().close()

  // 3. A student opens it in the course, where the LMS shows Deelwijs in a frame, and plays to an ending.
  const student = await newVisitor(browser)
  const launch = new URL(href, LMS)
  launch.searchParams.set('user', `student-${course}`)
  launch.searchParams.set('course', course)
  await student.goto(`${LMS}/course${launch.search}`)
  const frame = student.frame({ url: /\/leren\/kramer\/huisarts/ })
  await expect.poll(() => student.frame({ url: /\/leren\/kramer\/huisarts/ }) !== null).toBe(true)
  const inFrame = student.frame({ url: /\/leren\/kramer\/huisarts/ }) ?? frame
  if (!inFrame) throw new Error('Deelwijs did not open inside the LMS frame')
  await playToEnding(inFrame)

  // 4. The score reaches the gradebook column the docent's link created (sent by the outbox).
  await expect
    .poll(
      async () => {
        const scores = (await (await student.request.get(`${LMS}/scores`)).json()) as {
          lineItem: string
          score: { userId: string; activityProgress: string; scoreMaximum: number }
        }[]
        return scores.find((s) => s.score.userId === `lms-student-${course}`)?.score
      },
      { timeout: 30_000 },
    )
    .toMatchObject({ activityProgress: 'Completed', scoreMaximum: 100 })

  // 5. And the LRS received the student's statements, pseudonymous.
  await expect
    .poll(
      async () => {
        const body = (await (await student.request.get(`${LRS}/xapi/statements`)).json()) as {
          statements: { verb: { id: string }; actor: { account?: { name: string } } }[]
        }
        return body.statements.filter((s) => s.verb.id.endsWith('/completed')).length
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0)
  await student.context().close()
})

test('LTI: a score the LMS refuses is parked for the admin, who sends it again once the LMS takes it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  // The gradebook column is gone in the LMS: it answers 404 (the test LMS registered by the test above, deployment-1).
  const lineItem = `li-weg-${Date.now()}`
  const refuse = await browser.newContext()
  expect(
    (
      await refuse.request.post(`${LMS}/answers/${lineItem}`, {
        data: { status: 404, body: '<html><body><h1>Not Found</h1><p>line item deleted</p></body></html>' },
      })
    ).status(),
  ).toBe(204)

  const student = await newVisitor(browser)
  const course = `course-weg-${Date.now()}`
  const launch = new URLSearchParams({
    kind: 'resource',
    user: `student-${course}`,
    role: 'Learner',
    course,
    link: `link-${course}`,
    target: `${baseURL}/leren/kramer/huisarts`,
    lineItem,
  })
  await student.goto(`${LMS}/launch?${launch}`)
  await expect(student).toHaveURL(/\/leren\/kramer\/huisarts/)
  await playToEnding(student)
  await student.context().close()

  // The admin sees the refusal with the LMS's answer, on the LTI page.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  const refused = admin.getByRole('region', { name: 'Scores die de leeromgeving weigerde' })
  await expect
    .poll(
      async () => {
        await admin.goto('/beheer/lti')
        return refused.getByRole('table').isVisible()
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  await expect(refused).toContainText('De leeromgeving nam 1 score niet aan')
  await expect(refused).toContainText('404')
  await expect(refused).toContainText('Not Found line item deleted')
  await expectAccessible(admin)

  // The column is back: "Opnieuw proberen" sends the score, and it arrives.
  await refuse.request.post(`${LMS}/answers/${lineItem}`, { data: {} })
  await refused.getByRole('button', { name: 'Opnieuw proberen' }).click()
  // The table of refusals goes at once; the answer to the button stays until the outbox (every 2 s here) delivered.
  await expect(refused.getByRole('table')).toHaveCount(0)
  await expect
    .poll(
      async () => {
        const scores = (await (await refuse.request.get(`${LMS}/scores`)).json()) as {
          lineItem: string
          score: { gradingProgress: string }
        }[]
        return scores.find((s) => s.lineItem === lineItem)?.score.gradingProgress
      },
      { timeout: 30_000 },
    )
    .toBe('FullyGraded')
  await admin.reload()
  await expect(refused).toHaveCount(0)
  await admin.context().close()
  await refuse.close()
})
