import { type Browser, expect, type Page, test } from '@playwright/test'
import { DEMO_TOTP_SECRET } from '../support/totp'
import {
  alertOf,
  answerSecondFactor,
  DEMO,
  DEMO_PASSWORD,
  enrolSecondFactor,
  expectAccessible,
  newVisitor,
  signIn,
  uniqueEmail,
} from './support'

// Tweestapsverificatie end to end in Chromium: a coordinator without a second factor is taken to enrolment before any
// report, enrols with the key written out on the page (as a keyboard or screen reader user would), gets recovery
// codes, and is asked for a code at every later sign-in; a recovery code works once; a remembered device skips the
// code; an admin's reset makes the person enrol again.

const PASSWORD = 'coordinator wachtwoord lang genoeg'

/** The page's path and query are exactly this. */
const pathIs = (path: string) => new RegExp(`^https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/** An admin invites a new coordinator, who registers through the link: signed in, second factor still to set up. */
async function newCoordinator(browser: Browser, name: string) {
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await admin.goto('/beheer/uitnodigingen')
  const email = uniqueEmail('coordinator')
  await admin.getByLabel('E-mailadres').fill(email)
  await admin.getByLabel('Organisatie').selectOption({ label: 'Gemeente Demodorp' })
  await admin.getByLabel('Rol').selectOption({ label: 'Coördinator' })
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click()
  const link = (await admin.locator('p.font-mono').textContent()) ?? ''
  await admin.context().close()

  const page = await newVisitor(browser)
  await page.goto(link)
  await page.getByLabel('Je naam').fill(name)
  await page.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await page.getByRole('button', { name: 'Account maken' }).click()
  return { page, email }
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page.getByText('Je bent uitgelogd.')).toBeVisible()
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(PASSWORD)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
}

test('a coordinator enrols before any report, then answers a code or a recovery code (once) at sign-in', async ({
  browser,
}) => {
  // A whole journey: four sign-ins, an enrolment and eleven argon2 hashes.
  test.slow()
  const { page, email } = await newCoordinator(browser, 'Cor Codes')
  // Straight after registering: enrolment, not the reports.
  await expect(page).toHaveURL(/\/account\/tweestapsverificatie/)
  await expect(page.getByText('Stel eerst tweestapsverificatie in')).toBeVisible()
  for (const path of ['/rapportage', '/rapportage/afspraken', '/account']) {
    await page.goto(path)
    await expect(page).toHaveURL(pathIs(`/account/tweestapsverificatie?terug=${encodeURIComponent(path)}`))
  }
  // API routes answer in JSON instead.
  const api = await page.request.get('/api/rapportage/voltooiing')
  expect(api.status()).toBe(401)
  expect(await api.json()).toMatchObject({ error: 'second-factor-required' })

  await page.goto('/rapportage')
  await expect(page.getByRole('img', { name: /QR-code om Deelwijs aan je app toe te voegen/ })).toBeVisible()
  await expectAccessible(page)
  // A wrong code is refused with a clear message.
  await page.getByLabel('Code uit je app').fill('000000')
  await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click()
  await expect(alertOf(page)).toContainText('Deze code klopt niet')
  const { key, codes } = await enrolSecondFactor(page)
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Ik heb mijn herstelcodes bewaard, ga verder' }).click()
  await expect(page).toHaveURL(/\/rapportage$/)
  await signOut(page)

  // Sign in again: after the password, the code is asked before anything else.
  await passwordStep(page, email)
  await expect(page).toHaveURL(/\/inloggen\/tweestaps/)
  await expectAccessible(page)
  await page.goto('/rapportage')
  await expect(page).toHaveURL(pathIs('/inloggen/tweestaps?terug=%2Frapportage'))
  // A recovery code instead of the app's code, shown on the account page afterwards.
  await page.getByLabel('Code', { exact: true }).fill(codes[0] ?? '')
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await expect(page.getByRole('status')).toContainText('Je hebt nog 9 herstelcodes')
  await signOut(page)

  // The same recovery code does not work twice; the app's code does.
  await passwordStep(page, email)
  await page.getByLabel('Code', { exact: true }).fill(codes[0] ?? '')
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await expect(alertOf(page)).toContainText('klopt niet of is al gebruikt')
  await answerSecondFactor(page, key)
  await expect(page).toHaveURL(/\/rapportage$/)
})

test('a remembered device skips the code for 30 days, until the devices are forgotten', async ({ browser }) => {
  const page = await newVisitor(browser)
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(DEMO.coordinator.email)
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page.getByLabel(/Dit apparaat 30 dagen onthouden/)).toBeVisible()
  await answerSecondFactor(page, DEMO_TOTP_SECRET, { remember: true })
  await expect(page).toHaveURL(/\/rapportage$/)
  const cookie = (await page.context().cookies()).find((c) => c.name === 'deelwijs-apparaat')
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000)
  await signOut(page)

  // Same browser: the password is enough.
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(DEMO.coordinator.email)
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page).toHaveURL(/\/rapportage$/)

  // Forgetting the devices revokes the cookie: the code is asked again.
  await page.goto('/account/tweestapsverificatie')
  await page.getByRole('button', { name: 'Onthouden apparaten vergeten' }).click()
  await expect(page.getByRole('status')).toContainText('Alle onthouden apparaten zijn vergeten')
  await signOut(page)
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(DEMO.coordinator.email)
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page).toHaveURL(/\/inloggen\/tweestaps/)
})

test("an admin resets a user's second factor: they are signed out and enrol again", async ({ browser }) => {
  const name = `Aafje Reset ${Date.now().toString(36)}`
  const { page, email } = await newCoordinator(browser, name)
  await enrolSecondFactor(page)

  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await admin.goto(`/beheer/gebruikers?zoek=${encodeURIComponent(name)}`)
  await admin.getByRole('link', { name }).click()
  await admin.getByText('Tweestapsverificatie resetten').click()
  await admin.getByRole('button', { name: 'Ja, resetten' }).click()
  await expect(admin.getByRole('status')).toContainText('De tweestapsverificatie is gereset')
  await admin.goto('/beheer/logboek')
  await expect(
    admin.getByRole('cell', { name: 'Tweestapsverificatie van een gebruiker gereset' }).first(),
  ).toBeVisible()

  // Their session has ended; signing in again leads to enrolment, not to a code.
  await page.goto('/rapportage')
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Frapportage/)
  await passwordStep(page, email)
  await expect(page).toHaveURL(/\/account\/tweestapsverificatie/)
  await expect(page.getByText('Stel eerst tweestapsverificatie in')).toBeVisible()
})
