import { alertOf, DEMO, expect, expectAccessible, newVisitor, signIn, test, uniqueEmail } from './support'

test('a new learner joins with the class code and lands on their home', async ({ page }) => {
  await page.goto('/aanmelden?code=klas 2026')
  await expectAccessible(page)
  const email = uniqueEmail('student')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Je naam').fill('Noah Student')
  await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page).toHaveURL(/\/leren$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Noah Student' })).toBeVisible()
})

test('an unknown join code gets a clear message and creates nothing', async ({ page }) => {
  await page.goto('/aanmelden')
  const email = uniqueEmail('geen-klas')
  await page.getByLabel('Klascode').fill('ZZZZ-9999')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Je naam').fill('Iemand')
  await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page.getByText('Deze klascode bestaat niet')).toBeVisible()
  await expect(page.getByLabel('Klascode')).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page)

  // Nothing was created: signing in with those details fails.
  await signIn(page, email, 'een lange zin als wachtwoord')
  await expect(alertOf(page)).toContainText('klopt niet')
})

test('an admin invites a docent, who registers through the link', async ({ page, browser }) => {
  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await page.getByRole('link', { name: 'Iemand uitnodigen' }).click()
  await expectAccessible(page)
  const email = uniqueEmail('docent')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Organisatie').selectOption({ label: 'Hogeschool Demostad' })
  await page.getByLabel('Rol').selectOption({ label: 'Docent' })
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click()
  const link = await page.locator('p.font-mono').textContent()
  expect(link).toMatch(/\/aanmelden\/uitnodiging\/[\w-]{20,}$/)

  const invitee = await newVisitor(browser)
  await invitee.goto(link ?? '')
  await expect(invitee.getByRole('heading', { name: 'Welkom bij Deelwijs' })).toBeVisible()
  await expectAccessible(invitee)
  await invitee.getByLabel('Je naam').fill('Nieuwe Docent')
  await invitee.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await invitee.getByRole('button', { name: 'Account maken' }).click()
  await expect(invitee).toHaveURL(/\/klas$/)

  // The link works once.
  const again = await newVisitor(browser)
  await again.goto(link ?? '')
  await expect(again.getByRole('heading', { name: 'Uitnodiging niet geldig' })).toBeVisible()
})

test('deactivating a user ends their session at once', async ({ page, browser }) => {
  const email = uniqueEmail('weg')
  const learner = await newVisitor(browser)
  await learner.goto('/aanmelden?code=KLAS-2026')
  await learner.getByLabel('E-mailadres').fill(email)
  await learner.getByLabel('Je naam').fill('Vertrekkende Student')
  await learner.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await learner.getByRole('button', { name: 'Account maken' }).click()
  await expect(learner).toHaveURL(/\/leren$/)

  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await page.goto('/beheer/gebruikers?pagina=1')
  await expectAccessible(page)
  // The list is paginated; page through it, one page load at a time, until the new student's row is there.
  const row = page.getByRole('row', { name: /Vertrekkende Student/ })
  for (let pagina = 2; (await row.count()) === 0; pagina++) {
    expect(pagina, 'the new student is on one of the pages').toBeLessThan(40)
    await page.goto(`/beheer/gebruikers?pagina=${pagina}`)
    await expect(page.getByText(new RegExp(`Pagina ${pagina} van`))).toBeVisible()
  }
  await row.getByRole('button', { name: 'Uitschakelen' }).click()
  await row.getByRole('button', { name: 'Ja, uitschakelen' }).click()
  await expect(row.getByRole('status')).toContainText('uitgeschakeld en uitgelogd')

  await learner.reload()
  await expect(learner).toHaveURL(/\/inloggen/)
  await signIn(learner, email, 'een lange zin als wachtwoord')
  await expect(alertOf(learner)).toContainText('klopt niet')
})
