import { alertOf, DEMO, expect, expectAccessible, signIn, test, uniqueEmail } from './support'

test('the landing page and the sign-in page are in Dutch and accessible', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gegevens delen')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Inloggen' }).first().click()
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible()
  await expectAccessible(page)
})

test('a wrong password and an unknown e-mail get the same message', async ({ page }) => {
  await signIn(page, DEMO.learner.email, 'not-the-password')
  const message = alertOf(page)
  await expect(message).toContainText('combinatie van e-mailadres en wachtwoord klopt niet')
  const wrongPassword = await message.textContent()

  await signIn(page, uniqueEmail('niemand'), 'not-the-password')
  await expect(alertOf(page)).toHaveText(wrongPassword ?? '')
  await expectAccessible(page)
})

test('repeated failures for one account are rate-limited with a clear wait message', async ({ page }) => {
  const email = uniqueEmail('raden')
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `guess-${i}`)
    await expect(alertOf(page)).toContainText('klopt niet')
  }
  await signIn(page, email, 'guess-final')
  await expect(alertOf(page)).toContainText('te vaak een verkeerd wachtwoord')
})

test('the Dutch 404 page', async ({ page }) => {
  const response = await page.goto('/bestaat-niet')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible()
  await expectAccessible(page)
})
