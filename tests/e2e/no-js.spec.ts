import {
  alertOf,
  DEMO,
  DEMO_PASSWORD,
  expect,
  newVisitor,
  type Page,
  playToEnding,
  signIn,
  test,
  uniqueEmail,
  urlCarriesPassword,
} from './support'

// Runs in the `no-js` project (playwright.config.ts): JavaScript is off, so every form below is a plain POST to its
// server action, exactly what happens when someone submits before the page has loaded its scripts.

const PASSWORD = 'een lange zin als wachtwoord'
/** The demo class's code (lib/seed/demo.server.ts). */
const DEMO_JOIN_CODE = 'KLAS-2026'

async function expectSignedOutAt(page: Page, path: string) {
  await page.goto(path)
  await expect(page).toHaveURL(/\/inloggen\?terug=/)
}

test('sign-in: a wrong password gets the Dutch message, the right one signs in; the password never goes in the URL', async ({
  page,
}) => {
  // The suite-wide guard (tests/e2e/support.ts) recognises what the old form sent without JavaScript.
  expect(urlCarriesPassword(`/inloggen?email=a%40b.nl&password=${DEMO_PASSWORD}`)).toBe(true)
  expect(urlCarriesPassword('/inloggen?terug=%2Fklas')).toBe(false)

  await page.goto('/inloggen')
  const form = page.locator('form:has(input[name=password])')
  await expect(form).toHaveAttribute('method', /post/i)
  await signIn(page, DEMO.learner.email, 'not-the-password')
  await expect(alertOf(page)).toContainText('combinatie van e-mailadres en wachtwoord klopt niet')
  expect(page.url()).not.toContain('password')

  await signIn(page, DEMO.learner.email, DEMO_PASSWORD)
  await expect(page).toHaveURL(/\/leren$/)
  await expect(page.getByRole('heading', { level: 1, name: DEMO.learner.heading })).toBeVisible()
})

test('sign-in goes back to where the visitor was sent from, and never to another site', async ({ page }) => {
  await page.goto('/account')
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Faccount/)
  await page.getByLabel('E-mailadres').fill(DEMO.learner.email)
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page).toHaveURL(/\/account$/)
  // Signed in, a crafted return path falls back to the home page of the role (and %0d is no error).
  for (const terug of ['/%09/evil.example', '/%0d/evil.example', '//evil.example', '/\\evil.example']) {
    const response = await page.goto(`/inloggen?terug=${terug}`)
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(/localhost:\d+\/leren$/)
  }
})

test('sign-out ends the session on the server: the old cookie no longer opens the account', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  const cookies = await page.context().cookies()
  expect(cookies.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true)

  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page.getByText('Je bent uitgelogd.')).toBeVisible()
  await expectSignedOutAt(page, '/account')

  // Someone who copied the cookie before sign-out replays it.
  const replay = await browser.newContext({ javaScriptEnabled: false })
  await replay.addCookies(cookies)
  const thief = await replay.newPage()
  await expectSignedOutAt(thief, '/account')
  const data = await thief.request.get('/account/gegevens', { maxRedirects: 0 })
  expect(data.status()).not.toBe(200)
  const session = await thief.request.get('/api/auth/session')
  expect(await session.json()).not.toHaveProperty('user')
  await replay.close()
})

test('a docent makes a class and assigns a dilemma; a learner joins with the code, plays, makes and verifies a certificate', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  const className = `Klas zonder JS ${Date.now()}`

  await test.step('the docent creates a class (a wrong name first)', async () => {
    await signIn(page, DEMO.docent.email)
    await expect(page).toHaveURL(/\/klas$/)
    await page.getByLabel('Naam van de klas').fill('x')
    await page.getByRole('button', { name: 'Klas maken' }).click()
    await expect(alertOf(page)).toContainText('minstens 2 tekens')
    await page.getByLabel('Naam van de klas').fill(className)
    await page.getByRole('button', { name: 'Klas maken' }).click()
    await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible()
  })
  const classPath = new URL(page.url()).pathname
  const code = (await page.locator('p.font-mono.text-3xl').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)

  await test.step('the docent assigns a dilemma', async () => {
    await page.getByRole('link', { name: 'Opdrachten' }).click()
    await page.getByRole('checkbox', { name: /Blauwe plekken/ }).check()
    await page.getByRole('button', { name: 'Klaarzetten' }).click()
    await expect(page.getByRole('main').getByRole('status')).toContainText('Het dilemma is klaargezet')
    await expect(page.getByRole('table', { name: /Opdrachten van/ })).toContainText('Blauwe plekken')
  })

  const student = await newVisitor(browser)
  await test.step('a new learner registers with the demo class code', async () => {
    await student.goto(`/aanmelden?code=${DEMO_JOIN_CODE}`)
    await student.getByLabel('E-mailadres').fill(uniqueEmail('zonder-js'))
    await student.getByLabel('Je naam').fill('Jip Zonderscript')
    await student.getByLabel('Kies een wachtwoord').fill(PASSWORD)
    await student.getByRole('button', { name: 'Account maken' }).click()
    await expect(student).toHaveURL(/\/leren$/)
  })

  await test.step('and joins the new class with its code', async () => {
    await student.getByLabel('Klascode').fill('niet-bestaand')
    await student.getByRole('button', { name: 'Meedoen' }).click()
    await expect(alertOf(student)).toContainText('Deze klascode bestaat niet')
    await student.getByLabel('Klascode').fill(code.toLowerCase())
    await student.getByRole('button', { name: 'Meedoen' }).click()
    await expect(student).toHaveURL(/\/leren\?klas=welkom$/)
    await expect(student.getByRole('listitem').filter({ hasText: `Klas: ${className}` })).toContainText('Niet gestart')
  })

  await test.step('plays the assigned dilemma to its ending', async () => {
    await student.goto('/leren/kramer/huisarts')
    await playToEnding(student)
    await expect(student.getByRole('main')).toContainText('Met deze poging heb je het dilemma behaald.')
  })

  let verification = ''
  await test.step('makes the certificate of the class', async () => {
    await student.goto('/leren/certificaten')
    const option = student.getByRole('listitem').filter({ hasText: className })
    await option.getByRole('button', { name: 'Certificaat maken' }).click()
    const link = student
      .getByRole('listitem')
      .filter({ hasText: className })
      .getByRole('link', { name: 'Download PDF (certificaat)' })
      .first()
    await expect(link).toBeVisible()
    verification = (await link.getAttribute('href'))?.match(/DW-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? ''
    expect(verification).not.toBe('')
  })

  await test.step('anyone verifies it with the form', async () => {
    const checker = await newVisitor(browser)
    await checker.goto('/verifieer')
    await checker.getByLabel('Verificatiecode').fill('niet-een-code')
    await checker.getByRole('button', { name: 'Controleren' }).click()
    await expect(alertOf(checker)).toContainText('Dit is geen geldige code')
    await checker.getByLabel('Verificatiecode').fill(verification.toLowerCase().replaceAll('-', ' '))
    await checker.getByRole('button', { name: 'Controleren' }).click()
    await expect(checker).toHaveURL(new RegExp(`/verifieer/${verification}$`))
    await expect(checker.getByRole('main')).toContainText('Jip Zonderscript')
  })

  await test.step('the docent removes the learner and archives the class, each after a confirmation', async () => {
    await page.goto(classPath)
    // The question is a disclosure: its summary opens it natively, and "Annuleren" is a link that closes it.
    await page.locator('summary', { hasText: 'Jip Zonderscript uit de klas halen' }).click()
    await page.getByRole('link', { name: 'Annuleren' }).click()
    await expect(page.getByRole('button', { name: 'Ja, uit de klas halen' })).toBeHidden()
    await expect(page.getByRole('table', { name: /Studenten van/ })).toContainText('Jip Zonderscript')
    await page.locator('summary', { hasText: 'Jip Zonderscript uit de klas halen' }).click()
    await page.getByRole('button', { name: 'Ja, uit de klas halen' }).click()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'uit de klas gehaald' })).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText('Jip Zonderscript')

    await page.locator('summary', { hasText: 'Klas archiveren' }).click()
    await page.getByRole('button', { name: 'Ja, archiveren' }).click()
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'is gearchiveerd' })).toBeVisible()
    await expect(page.locator('summary', { hasText: 'Klas weer actief maken' })).toBeVisible()
  })
})

test('an admin invites someone: the form answers with the one-time link, or says what to fix', async ({ page }) => {
  await signIn(page, DEMO.admin.email)
  await page.goto('/beheer/uitnodigingen')
  await page.getByLabel('E-mailadres').fill('geen-adres')
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click()
  await expect(page.getByRole('main')).toContainText('e-mailadres')
  const email = uniqueEmail('uitnodiging-zonder-js')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Rol').selectOption({ label: 'Docent' })
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Uitnodiging gemaakt voor ${email}` })).toBeVisible()
  const link = (await page.locator('p.font-mono').textContent()) ?? ''
  expect(link).toMatch(/^http:\/\/localhost:\d+\/aanmelden\/uitnodiging\/\S+$/)
})

test('bad input on the edges gets a 4xx with a machine-readable code, never a 500', async ({ page, baseURL }) => {
  // A server action POST with a malformed Origin (Next's own check would throw on it).
  for (const origin of ['http://[', 'null']) {
    const response = await page.request.post('/inloggen', {
      headers: { origin, 'next-action': '0123456789abcdef0123456789abcdef01234567' },
      data: '[]',
    })
    expect(response.status()).toBe(403)
    expect(await response.json()).toMatchObject({ error: 'bad_origin' })
  }
  // A JSON body over 64 kB on the attempt route.
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  const big = await page.request.post('/api/attempts', {
    headers: { origin: baseURL ?? '', 'content-type': 'application/json' },
    data: JSON.stringify({ caseId: 'kramer', dilemmaId: 'huisarts', pad: 'x'.repeat(3 * 1024 * 1024) }),
  })
  expect(big.status()).toBe(413)
  expect(await big.json()).toMatchObject({ error: 'payload_too_large' })
})
