import { alertOf, DEMO, expect, expectAccessible, signIn, test } from './support'

test('anyone can check a certificate code; a wrong or unknown code says so', async ({ page }) => {
  await page.goto('/verifieer')
  await expectAccessible(page)
  await page.getByLabel('Verificatiecode').fill('niet-een-code')
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect(alertOf(page)).toContainText('Dit is geen geldige code')
  await page.getByLabel('Verificatiecode').fill('dw abcd efgh')
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect(page).toHaveURL(/\/verifieer\/DW-ABCD-EFGH$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Geen certificaat gevonden' })).toBeVisible()
  const response = await page.request.get('/verifieer/DW-ABCD-EFGH')
  expect(response.status()).toBe(404)
  await expectAccessible(page)
})

test('a learner sees what certificates they can still earn; the PDF route is theirs alone', async ({ page }) => {
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  await page.getByRole('link', { name: 'Mijn certificaten' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn certificaten' })).toBeVisible()
  await expect(page.getByText('Nog niet behaald:').first()).toBeVisible()
  await expectAccessible(page)
  const other = await page.request.get('/api/certificaten/DW-ABCD-EFGH')
  expect(other.status()).toBe(404)
  expect(await other.json()).toMatchObject({ error: 'not-found' })
})
