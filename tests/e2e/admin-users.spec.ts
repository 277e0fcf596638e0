import { DEMO, expect, expectAccessible, inviteAccount, newVisitor, signIn, test } from './support'

// The admin finds a person, changes their role, deactivates them (which signs them out), and reads both changes in
// the audit log as Dutch rows, also as CSV.

test('search → change role → deactivate → the audit log shows it', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const name = `Wendy Wissel ${Date.now().toString(36)}`
  const person = await inviteAccount(browser, { organisation: 'Gemeente Demodorp', role: 'Deelnemer', name })
  const theirs = await newVisitor(browser)
  await signIn(theirs, person.email, person.password)
  await expect(theirs).toHaveURL(/\/leren$/)

  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await page.goto('/beheer/gebruikers')
  await page.getByLabel('Naam of e-mailadres').fill(name.toUpperCase())
  await page.getByLabel('Rol').selectOption({ label: 'Deelnemer' })
  await page.getByLabel('Status').selectOption({ label: 'Actief' })
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await expect(page.getByText('1 gebruiker gevonden')).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Rol bij Gemeente Demodorp').selectOption({ label: 'Docent' })
  await page.getByRole('button', { name: 'Rol opslaan' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('De rol is gewijzigd')
  await expect(page.getByLabel('Rol bij Gemeente Demodorp')).toHaveValue('docent')
  // The new role counts at once, in the session they already have.
  await theirs.goto('/klas')
  await expect(theirs.getByRole('heading', { level: 1, name: 'Mijn klassen' })).toBeVisible()

  await page.getByRole('link', { name: 'Account uitschakelen' }).click()
  await expect(page.getByRole('group', { name: `${name} uitschakelen?` })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Ja, uitschakelen' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('uitgeschakeld en overal uitgelogd')
  await theirs.goto('/leren')
  await expect(theirs).toHaveURL(/\/inloggen/)

  await page.goto('/beheer/logboek')
  await page.getByLabel('Door').selectOption({ label: `Kees Jansen (${DEMO.admin.email})` })
  await page.getByLabel('Soort actie').selectOption({ label: 'Rol gewijzigd' })
  await page.getByRole('button', { name: 'Filter toepassen' }).click()
  const log = page.getByRole('table', { name: /Logboek/ })
  await expect(log.getByRole('row', { name: new RegExp(`${name}.*Deelnemer → Docent`) })).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Soort actie').selectOption({ label: 'Gebruiker uitgeschakeld' })
  await page.getByRole('button', { name: 'Filter toepassen' }).click()
  await expect(log.getByRole('row', { name: new RegExp(name) })).toHaveCount(1)
  await expect(log).not.toContainText('{')

  const href = (await page.getByRole('link', { name: /Download als CSV/ }).getAttribute('href')) ?? ''
  const csv = await page.request.get(href)
  expect(csv.headers()['content-type']).toContain('text/csv')
  const text = await csv.text()
  expect(text).toContain('Gebruiker uitgeschakeld')
  expect(text).toContain(name)
  expect(text).not.toContain('Rol gewijzigd')
})

test('the user screens work without JavaScript: search, role, deactivate with confirmation, reactivate', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const name = `Zonder Script ${Date.now().toString(36)}`
  await inviteAccount(browser, { organisation: 'Hogeschool Demostad', role: 'Deelnemer', name })
  // Signing in needs JavaScript here; the screens do not. The session cookie moves to a browser without it.
  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  })
  const plain = await context.newPage()
  try {
    await plain.goto('/beheer/gebruikers')
    await plain.getByLabel('Naam of e-mailadres').fill(name)
    await plain.getByRole('button', { name: 'Zoeken' }).click()
    await plain.getByRole('link', { name }).click()
    await plain.getByLabel('Rol bij Hogeschool Demostad').selectOption({ label: 'Docent' })
    await plain.getByRole('button', { name: 'Rol opslaan' }).click()
    await expect(plain.getByRole('main').getByRole('status')).toContainText('De rol is gewijzigd')
    await plain.getByRole('link', { name: 'Account uitschakelen' }).click()
    await plain.getByRole('button', { name: 'Ja, uitschakelen' }).click()
    await expect(plain.getByRole('main').getByRole('status')).toContainText('uitgeschakeld en overal uitgelogd')
    await plain.getByRole('button', { name: 'Account weer activeren' }).click()
    await expect(plain.getByRole('main').getByRole('status')).toContainText('weer actief')
    await page.goto(plain.url())
    await expectAccessible(page)
  } finally {
    await context.close()
  }
})
