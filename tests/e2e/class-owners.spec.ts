import { DEMO, expect, expectAccessible, inviteAccount, newVisitor, signIn, test } from './support'

// A class belongs to its docents. The demo docent adds a second docent of the hogeschool by e-mail, who then sees the
// class; a third docent of the same hogeschool gets 404 on its pages and its export.

const CLASS = 'SPH jaar 2 — groep A'

test('docent A adds docent B as co-docent, B then sees the class; docent C gets 404', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const b = await inviteAccount(browser, { organisation: 'Hogeschool Demostad', role: 'Docent', name: 'Docent Bram' })
  const c = await inviteAccount(browser, { organisation: 'Hogeschool Demostad', role: 'Docent', name: 'Docent Chris' })

  // Before: B does not see the demo class.
  const docentB = await newVisitor(browser)
  await signIn(docentB, b.email, b.password)
  await expect(docentB).toHaveURL(/\/klas$/)
  await expect(docentB.getByRole('link', { name: CLASS })).toHaveCount(0)

  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.getByRole('link', { name: CLASS }).click()
  await expect(page).toHaveURL(/\/klas\/[a-z0-9]+$/)
  const classPath = new URL(page.url()).pathname
  await page.getByRole('navigation', { name: 'Onderdelen van de klas' }).getByRole('link', { name: 'Docenten' }).click()
  await expect(page.getByRole('heading', { name: 'Docenten van deze klas' })).toBeVisible()
  await expectAccessible(page)

  // An address that is no docent here gets a clear message in the error summary, tied to the field.
  await page.getByLabel('E-mailadres van de docent').fill('niemand@example.test')
  await page.getByRole('button', { name: 'Docent toevoegen' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('geen docent met dit e-mailadres')
  await expect(page.getByLabel('E-mailadres van de docent')).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page)

  await page.getByLabel('E-mailadres van de docent').fill(b.email)
  await page.getByRole('button', { name: 'Docent toevoegen' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('De docent is toegevoegd')
  await expect(page.getByRole('table', { name: /Docenten van/ })).toContainText('Docent Bram')

  // B now sees and opens the class.
  await docentB.goto('/klas')
  await docentB.getByRole('link', { name: CLASS }).click()
  await expect(docentB.getByRole('heading', { level: 1, name: CLASS })).toBeVisible()
  await expect(docentB.getByRole('cell', { name: 'Sanne de Vries', exact: true })).toBeVisible()

  // C, a docent of the same hogeschool, does not: the list leaves it out, the pages and the export are not found.
  const docentC = await newVisitor(browser)
  await signIn(docentC, c.email, c.password)
  await expect(docentC).toHaveURL(/\/klas$/)
  await expect(docentC.getByRole('link', { name: CLASS })).toHaveCount(0)
  for (const path of ['', '/voortgang', '/docenten']) {
    const response = await docentC.goto(`${classPath}${path}`)
    expect(response?.status(), `${classPath}${path}`).toBe(404)
    expect(await docentC.content()).not.toContain('Sanne de Vries')
  }
  const csv = await docentC.request.get(`${classPath}/voortgang/export`)
  expect(csv.status()).toBe(404)
  expect(await csv.json()).toMatchObject({ error: 'not-found' })

  // A takes B off the class again; B no longer finds it.
  await page.getByRole('button', { name: 'Docent Bram van de klas halen' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('van de klas gehaald')
  expect((await docentB.goto(classPath))?.status()).toBe(404)
})

test('the Docenten tab works without JavaScript', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const b = await inviteAccount(browser, { organisation: 'Hogeschool Demostad', role: 'Docent', name: 'Docent Zoë' })
  // Signing in needs JavaScript here; the tab does not. The session cookie moves to a browser without it.
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.getByRole('link', { name: CLASS }).click()
  await expect(page).toHaveURL(/\/klas\/[a-z0-9]+$/)
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  })
  const plain = await context.newPage()
  try {
    await plain.goto(`${new URL(page.url()).pathname}/docenten`)
    await plain.getByLabel('E-mailadres van de docent').fill('geen-docent@example.test')
    await plain.getByRole('button', { name: 'Docent toevoegen' }).click()
    await expect(plain.getByRole('main').getByRole('alert')).toContainText('geen docent met dit e-mailadres')
    await plain.getByLabel('E-mailadres van de docent').fill(b.email)
    await plain.getByRole('button', { name: 'Docent toevoegen' }).click()
    await expect(plain.getByRole('main').getByRole('status')).toContainText('De docent is toegevoegd')
    await plain.getByRole('button', { name: 'Docent Zoë van de klas halen' }).click()
    await expect(plain.getByRole('main').getByRole('status')).toContainText('van de klas gehaald')
  } finally {
    await context.close()
  }
})
