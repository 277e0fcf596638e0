import {
  choiceButton,
  DEMO,
  expect,
  expectAccessible,
  newVisitor,
  type Page,
  signIn,
  test,
  uniqueEmail,
} from './support'

// Lokale afspraken end to end: the demo coordinator follows a knelpunt and writes an afspraak for its decision point,
// a learner of Gemeente Demodorp sees it with the feedback of a choice there, a student of the hogeschool does not,
// and the admin finds the change in the audit log.

const PASSWORD = 'een lange zin als wachtwoord'
const AGREEMENT =
  'Twijfel je of je iets mag delen? Bel eerst het Zorg- en Veiligheidshuis, zie https://zvh.example/demodorp.'

/** Plays kramer/huisarts to the decision point "spreekkamer" and chooses there; the feedback screen is then shown. */
async function chooseAtSpreekkamer(page: Page) {
  await page.goto('/leren/kramer/huisarts')
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  await choiceButton(page, 'binnenroepen').click()
  await choiceButton(page, 'eerlijk').click()
  await expect(page.getByRole('heading', { level: 2, name: /Goede keuze/ })).toBeVisible()
}

test('a coordinator writes an afspraak from a knelpunt; only learners of that gemeente see it', async ({
  page,
  browser,
}) => {
  // Four people in one journey: coordinator, admin, a gemeente learner and a student.
  test.slow()
  // The coordinator opens the knelpunten, follows the worst one (on the demo: "Wat je ziet" in Blauwe plekken) to its
  // decision point and goes on to write an afspraak for it.
  await signIn(page, DEMO.coordinator.email)
  await expect(page).toHaveURL(/\/rapportage$/)
  await page.goto('/rapportage/inzicht')
  const worst = page.getByRole('region', { name: 'Knelpunten' }).getByRole('listitem').first()
  await expect(worst).toContainText('koos eerst riskant of onjuist')
  await worst.getByRole('link', { name: 'Blauwe plekken: Wat je ziet' }).click()
  await expect(page).toHaveURL(/\/rapportage\/inzicht\/kramer\/huisarts\/spreekkamer/)
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Schrijf een afspraak voor dit beslismoment' }).click()
  await expect(page).toHaveURL(/\/rapportage\/afspraken\/nieuw\?doel=kramer\/huisarts\/spreekkamer/)
  await expect(page.getByLabel('Waar gaat de afspraak over?')).toHaveValue('kramer/huisarts/spreekkamer')
  await expectAccessible(page)

  // A mistake first: Dutch messages in an error summary, and what was typed stays.
  await page.getByLabel('Link (niet verplicht)').fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
  const summary = page.getByRole('main').getByRole('alert')
  await expect(summary).toContainText('Schrijf de afspraak.')
  await expect(summary).toContainText('Een link begint met https://')
  await expect(page.getByLabel('De afspraak', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page)

  await page.getByLabel('De afspraak', { exact: true }).fill(AGREEMENT)
  await page.getByLabel('Link (niet verplicht)').fill('https://demodorp.example/convenant')
  await page.getByLabel('Contact (niet verplicht)').fill('Zorg- en Veiligheidshuis, 014 0123')
  await page.getByRole('button', { name: 'Afspraak opslaan' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('opgeslagen als versie 1')
  await expect(
    page.getByRole('heading', { level: 2, name: /Blauwe plekken: beslismoment “Wat je ziet”/ }),
  ).toBeVisible()
  await expectAccessible(page)

  // Changing it makes version 2; version 1 stays in the history.
  await page.getByLabel('Contact (niet verplicht)').fill('Zorg- en Veiligheidshuis Demodorp, 014 0123')
  await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('opgeslagen als versie 2')
  const versions = page.getByRole('list', { name: 'Versies, nieuwste eerst' })
  await expect(versions.getByRole('listitem')).toHaveCount(2)
  await expect(versions).toContainText('Versie 1: Gemaakt')
  await expect(versions).toContainText('Versie 2: Gewijzigd')

  // The list shows it under its dilemma, as holding.
  await page.getByRole('link', { name: '← Terug naar de afspraken' }).click()
  const section = page.getByRole('region', { name: 'Afspraken bij Blauwe plekken' })
  await expect(section).toContainText('Geldt')
  await expect(section).toContainText('versie 2')
  await expectAccessible(page)

  // The admin invites a learner into Gemeente Demodorp.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await admin.goto('/beheer/uitnodigingen')
  await admin.getByLabel('E-mailadres').fill(uniqueEmail('gemeente-deelnemer'))
  await admin.getByLabel('Organisatie').selectOption({ label: 'Gemeente Demodorp' })
  await admin.getByLabel('Rol').selectOption({ label: 'Deelnemer' })
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click()
  const link = await admin.locator('p.font-mono').textContent()
  expect(link).toMatch(/\/aanmelden\/uitnodiging\//)

  const learner = await newVisitor(browser)
  await learner.goto(link ?? '')
  await learner.getByLabel('Je naam').fill('Deelnemer Demodorp')
  await learner.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await learner.getByRole('button', { name: 'Account maken' }).click()
  await expect(learner).toHaveURL(/\/leren$/)

  // The gemeente's learner sees the afspraak with the feedback at that decision point; the URL in it is a link.
  await chooseAtSpreekkamer(learner)
  const box = learner.getByRole('complementary', { name: 'Afspraak in Gemeente Demodorp' })
  await expect(box).toBeVisible()
  await expect(box).toContainText('Bel eerst het Zorg- en Veiligheidshuis')
  await expect(box).toContainText('Zorg- en Veiligheidshuis Demodorp, 014 0123')
  await expect(box.getByRole('link', { name: 'https://zvh.example/demodorp' })).toHaveAttribute(
    'href',
    'https://zvh.example/demodorp',
  )
  await expect(box.getByRole('link', { name: 'https://demodorp.example/convenant' })).toBeVisible()
  await expectAccessible(learner)

  // A student of the hogeschool plays the same decision point and sees no afspraak.
  const student = await newVisitor(browser)
  await student.goto('/aanmelden?code=KLAS-2026')
  await student.getByLabel('E-mailadres').fill(uniqueEmail('student'))
  await student.getByLabel('Je naam').fill('Student Elders')
  await student.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await student.getByRole('button', { name: 'Account maken' }).click()
  await expect(student).toHaveURL(/\/leren$/)
  await chooseAtSpreekkamer(student)
  await expect(student.getByText(/Afspraak in/)).toHaveCount(0)
  await expect(student.getByText('Bel eerst het Zorg- en Veiligheidshuis')).toHaveCount(0)
  await expectAccessible(student)

  // The admin finds both changes in the audit log, with the coordinator's name.
  await admin.goto('/beheer/logboek')
  const log = admin.getByRole('table', { name: /Logboek/ })
  await expect(log).toContainText('Lokale afspraak gemaakt')
  await expect(log).toContainText('Lokale afspraak gewijzigd (nieuwe versie)')
  await expect(log).toContainText('Fatima El Amrani')
  await expectAccessible(admin)
})

test('the afspraak form works without JavaScript', async ({ page, browser }) => {
  // Signing in needs JavaScript; the form does not. The session cookie moves to a browser without it, and axe (which
  // needs JavaScript) checks the same address in the signed-in browser.
  await signIn(page, DEMO.coordinator.email)
  await expect(page).toHaveURL(/\/rapportage$/)
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  })
  const plain = await context.newPage()
  try {
    await plain.goto('/rapportage/afspraken/nieuw?doel=kramer/huisarts')
    await expect(plain.getByLabel('Waar gaat de afspraak over?')).toHaveValue('kramer/huisarts')
    await plain.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await expect(plain.getByRole('main').getByRole('alert')).toContainText('Schrijf de afspraak.')
    await plain.getByLabel('De afspraak', { exact: true }).fill('Zonder JavaScript geschreven.')
    await plain.getByRole('button', { name: 'Afspraak opslaan' }).click()
    await expect(plain.getByRole('main').getByRole('status')).toContainText('opgeslagen als versie 1')
    await expect(plain).toHaveURL(/\/rapportage\/afspraken\/\w+\?opgeslagen=1$/)
    await page.goto(plain.url())
    await expectAccessible(page)
  } finally {
    await context.close()
  }
})
