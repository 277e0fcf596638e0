import { expect, test } from '@playwright/test'
import { linkIn, startTestSmtpServer, type TestSmtpServer } from '../servers/smtp'
import { alertOf, E2E_SMTP_PORT, expectAccessible, newVisitor, signIn, uniqueEmail } from './support'

// The mail journeys end to end, "Wachtwoord vergeten?" and "Bevestig je e-mailadres": the app mails through a real
// SMTP server started here (one spec file, so no two specs claim its port at once), the link is read from the received
// message, and the pages behind the links are used with JavaScript off (plain form posts).
let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startTestSmtpServer(E2E_SMTP_PORT)
})
test.afterAll(async () => {
  await smtp.close()
})

const OLD = 'mijn oude wachtwoord'
const NEW = 'een gloednieuw wachtwoord'

test('a forgotten password is reset by mail; old sessions end; the new password signs in; the link works once', async ({
  browser,
}) => {
  // A long journey: three browsers, mail, and four argon2id sign-ins.
  test.slow()
  // Someone with an account, signed in on some computer.
  const email = uniqueEmail('vergeten')
  const old = await newVisitor(browser)
  await old.goto('/aanmelden?code=KLAS-2026')
  await old.getByLabel('E-mailadres').fill(email)
  await old.getByLabel('Je naam').fill('Vera Vergeten')
  await old.getByLabel('Kies een wachtwoord').fill(OLD)
  await old.getByRole('button', { name: 'Account maken' }).click()
  await expect(old).toHaveURL(/\/leren$/)

  // Elsewhere, without JavaScript, they ask for a link.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/inloggen')
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible()
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByRole('button', { name: 'Stuur mij een link' }).click()
  await expect(page.getByRole('status')).toContainText('Als er een account met dit e-mailadres is')
  const answer = await page.getByRole('status').textContent()

  // An unknown address gets exactly the same answer.
  await page.goto('/inloggen/wachtwoord-vergeten')
  await page.getByLabel('E-mailadres').fill(uniqueEmail('onbekend'))
  await page.getByRole('button', { name: 'Stuur mij een link' }).click()
  await expect(page.getByRole('status')).toHaveText(answer ?? '')

  // The mail arrives at the SMTP server; its link opens the reset page.
  // The account also got a mail to confirm its address when it was made: take the reset mail.
  const mail = await smtp.nextMessageTo(email, { subject: 'Nieuw wachtwoord voor Deelwijs' })
  const link = linkIn(mail, '/inloggen/nieuw-wachtwoord/')
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' })).toBeVisible()
  // The accessibility check runs scripts in the page, so it looks at both pages in a browser with JavaScript on.
  const checker = await newVisitor(browser)
  for (const path of ['/inloggen/wachtwoord-vergeten', new URL(link).pathname]) {
    await checker.goto(path)
    await expectAccessible(checker)
  }
  // Registration's password rules hold (the browser's own check is bypassed to reach the server's).
  await page.getByLabel('Nieuw wachtwoord').evaluate((input) => input.removeAttribute('minlength'))
  await page.getByLabel('Nieuw wachtwoord').fill('kort')
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
  await expect(alertOf(page)).toContainText('minstens 10')
  await page.getByLabel('Nieuw wachtwoord').fill(NEW)
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
  await expect(page).toHaveURL(/\/inloggen\?wachtwoord=nieuw$/)
  await expect(page.getByRole('status')).toContainText('Je wachtwoord is gewijzigd en je bent overal uitgelogd')

  // The session that was open elsewhere has ended.
  await old.goto('/leren')
  await expect(old).toHaveURL(/\/inloggen\?terug=%2Fleren/)

  // The old password no longer works; the new one does.
  const fresh = await newVisitor(browser)
  await signIn(fresh, email, OLD)
  await expect(alertOf(fresh)).toContainText('klopt niet')
  await signIn(fresh, email, NEW)
  await expect(fresh).toHaveURL(/\/leren$/)

  // The link works once.
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible()
  await context.close()
})

const CONFIRM = 'Bevestig je e-mailadres voor Deelwijs'

test('a new account confirms its address with the mailed link, without JavaScript; a new link replaces the old', async ({
  browser,
}) => {
  // A long journey: two browsers, two mails, and accessibility checks of three pages.
  test.slow()
  const email = uniqueEmail('bevestig')
  const learner = await newVisitor(browser)
  await learner.goto('/aanmelden?code=KLAS-2026')
  await learner.getByLabel('E-mailadres').fill(email)
  await learner.getByLabel('Je naam').fill('Bram Bevestig')
  await learner.getByLabel('Kies een wachtwoord').fill(OLD)
  await learner.getByRole('button', { name: 'Account maken' }).click()
  await expect(learner).toHaveURL(/\/leren$/)
  const first = await smtp.nextMessageTo(email, { subject: CONFIRM })
  expect(first.text).toContain('Hallo Bram Bevestig')

  await learner.goto('/account')
  await expect(learner.getByRole('main')).toContainText('Nog niet bevestigd')
  await expectAccessible(learner)
  // "Stuur de bevestiging opnieuw": a second mail, whose link replaces the first.
  await learner.getByRole('button', { name: 'Stuur de bevestiging opnieuw' }).click()
  await expect(learner.getByText('We hebben je een nieuwe mail gestuurd')).toBeVisible()
  const second = await smtp.nextMessageTo(email, { subject: CONFIRM })

  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(linkIn(first, '/aanmelden/bevestigen/'))
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible()
  const link = linkIn(second, '/aanmelden/bevestigen/')
  await page.goto(link)
  await expect(page.getByRole('heading', { level: 1, name: 'E-mailadres bevestigen' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(email)
  await page.getByRole('button', { name: 'Ja, dit is mijn e-mailadres' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Je e-mailadres is bevestigd' })).toBeVisible()
  await context.close()
  for (const path of [new URL(link).pathname, '/aanmelden/bevestigen/bestaat-niet-0123456789abcdefghijk']) {
    await learner.goto(path)
    await expectAccessible(learner)
  }

  await learner.goto('/account')
  await expect(learner.getByRole('main')).toContainText('Bevestigd')
  await expect(learner.getByRole('main')).not.toContainText('Nog niet bevestigd')
  await expect(learner.getByRole('button', { name: 'Stuur de bevestiging opnieuw' })).toHaveCount(0)
  await learner.context().close()
})
