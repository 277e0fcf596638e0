import { DEMO, expect, expectAccessible, signIn, test } from './support'

for (const [role, account] of Object.entries(DEMO)) {
  test(`${role} signs in, lands on their home, and signs out`, async ({ page }) => {
    await signIn(page, account.email)
    await expect(page).toHaveURL(new RegExp(`${account.home}$`))
    await expect(page.getByRole('heading', { level: 1, name: account.heading })).toBeVisible()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible()
    await page.goto(account.home)
    await expect(page).toHaveURL(/\/inloggen\?terug=/)
  })
}

test('the header shows each role only the areas it may open', async ({ page }) => {
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' })
  await expect(menu.getByRole('link', { name: 'Leren' })).toBeVisible()
  await expect(menu.getByRole('link', { name: 'Rapportage' })).toHaveCount(0)
  await expect(menu.getByRole('link', { name: 'Beheer' })).toHaveCount(0)
})

test('a learner is refused the coordinator and admin pages, and their data is not in the HTML', async ({ page }) => {
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  for (const path of ['/rapportage', '/beheer', '/beheer/gebruikers', '/beheer/uitnodigingen', '/klas']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible()
    const html = await page.content()
    expect(html).not.toContain('coordinator@demo.deelwijs.nl')
    expect(html).not.toContain('deelnemers')
    expect(html).not.toContain('Gebruikers beheren')
  }
  await expectAccessible(page)
})

test('an anonymous visitor of a member area is sent to sign in and then back', async ({ page }) => {
  await page.goto('/klas')
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fklas/)
  await page.getByLabel('E-mailadres').fill(DEMO.docent.email)
  await page.getByLabel('Wachtwoord').fill('deelwijs-demo')
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page).toHaveURL(/\/klas$/)
  await expect(page.getByRole('link', { name: 'SPH jaar 2 — groep A' })).toBeVisible()
})
