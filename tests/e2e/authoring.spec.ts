import { DEMO, expect, expectAccessible, signIn, test } from './support'

test('an admin sees the dilemma as a diagram with the validator findings, and previews a scene', async ({ page }) => {
  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Scenario’s' }).click()
  await page.getByRole('link', { name: 'Blauwe plekken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Schema: Blauwe plekken' })).toBeVisible()
  await expect(page.getByText('De validator vindt geen problemen in dit bestand.')).toBeVisible()
  await expect(page.getByRole('img', { name: /Schema van Blauwe plekken: 13 situaties en eindes/ })).toBeVisible()
  await expect(page.getByRole('rowheader', { name: /Wat je ziet/ })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('link', { name: /Voorbeeld vanaf hier\s*: Wat je ziet/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Wat je ziet' })).toBeVisible()
  await expect(page.getByText('Er wordt niets opgeslagen.')).toBeVisible()
  await expectAccessible(page)
})

test('a docent may read the diagram but not preview; a learner may not open it', async ({ page, browser }) => {
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.goto('/scenarios/kramer/huisarts')
  await expect(page.getByRole('heading', { level: 1, name: 'Schema: Blauwe plekken' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Voorbeeld vanaf hier/ })).toHaveCount(0)
  expect((await page.goto('/scenarios/kramer/huisarts/voorbeeld/intro'))?.status()).toBe(403)

  const learner = await (await browser.newContext()).newPage()
  await signIn(learner, DEMO.learner.email)
  await expect(learner).toHaveURL(/\/leren$/)
  expect((await learner.goto('/scenarios'))?.status()).toBe(403)
  expect((await learner.goto('/scenarios/kramer/huisarts'))?.status()).toBe(403)
  expect(await learner.content()).not.toContain('Voorbeeld vanaf hier')
})
