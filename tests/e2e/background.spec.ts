import { BACKGROUND_TOPICS } from '../../lib/law/background-links'
import { TERMS, VUISTREGELS } from '../../lib/law/register'
import { expect, expectAccessible, test } from './support'

test('the background index is public, in Dutch, accessible, and links to every topic and the glossary', async ({
  page,
}) => {
  await page.goto('/achtergrond')
  await expect(page).toHaveURL(/\/achtergrond$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await expect(page.getByRole('heading', { level: 1, name: 'Achtergrond' })).toBeVisible()
  const main = page.getByRole('main')
  for (const topic of BACKGROUND_TOPICS) await expect(main.getByRole('link', { name: topic.title })).toBeVisible()
  await expect(main.getByRole('link', { name: 'Begrippenlijst' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Voettekst' }).getByRole('link', { name: 'Achtergrond' }),
  ).toBeVisible()
  await expectAccessible(page)
})

for (const topic of BACKGROUND_TOPICS) {
  test(`the background page "${topic.slug}" is public, in Dutch and accessible`, async ({ page }) => {
    const response = await page.goto(`/achtergrond/${topic.slug}`)
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(new RegExp(`/achtergrond/${topic.slug}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await expect(page.getByRole('heading', { level: 1, name: topic.title })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Zie ook' })).toBeVisible()
    await expectAccessible(page)
  })
}

test('the glossary lists every term and a deep link lands on its term', async ({ page }) => {
  await page.goto('/achtergrond/begrippen#begrip-beroepsgeheim')
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
  await expect(page.getByRole('heading', { level: 1, name: 'Begrippenlijst' })).toBeVisible()
  const term = page.locator('#begrip-beroepsgeheim')
  await expect(term.getByRole('term')).toHaveText('beroepsgeheim')
  await expect(term).toBeInViewport()
  await expect(page.getByRole('main').getByRole('term')).toHaveCount(Object.keys(TERMS).length)
  await expectAccessible(page)

  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'T', exact: true }).click()
  await expect(page).toHaveURL(/#letter-T$/)
  await expect(page.getByRole('heading', { level: 2, name: 'T', exact: true })).toBeInViewport()
})

test('the vuistregels page shows every rule in the register', async ({ page }) => {
  await page.goto('/achtergrond/vuistregels')
  await expect(page.locator('li[id^="vuistregel-"]')).toHaveCount(Object.keys(VUISTREGELS).length)
  for (const rule of Object.values(VUISTREGELS).slice(0, 3)) await expect(page.getByText(rule.text)).toBeVisible()
})

test('a law reference on a background page links to the plain-language page of another topic, not to itself', async ({
  page,
}) => {
  await page.goto('/achtergrond/geheimhouding-doorbreken')
  const wmo = page.getByRole('complementary', { name: 'Wet: Wmo 2015, artikel 5.2.6' })
  await wmo.getByRole('link', { name: /Uitleg in gewone taal/ }).click()
  await expect(page).toHaveURL(/\/achtergrond\/meldcode$/)
  await expect(page.getByRole('complementary', { name: 'Wet: Wmo 2015, artikel 5.2.6' })).toBeVisible()
  await expect(
    page
      .getByRole('complementary', { name: 'Wet: Wmo 2015, artikel 5.2.6' })
      .getByRole('link', { name: /Uitleg in gewone taal/ }),
  ).toHaveCount(0)
})
