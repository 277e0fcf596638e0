import { loadInventory } from '@/lib/privacy/schema-inventory'
import { statementRows } from '@/lib/privacy/statement'
import { DEMO, expect, expectAccessible, signIn, test } from './support'

// The privacy statement shows the data inventory: every table with personal data, why it is kept, who sees it and how
// long, with the configured term for inactive accounts (24 months by default).

test('/privacy lists every table with personal data from the inventory, with purpose, audience and retention', async ({
  page,
}) => {
  await page.goto('/privacy')
  const table = page.getByRole('table', { name: 'Gegevens, doel, wie het ziet en bewaartermijn' })
  const rows = statementRows(loadInventory(), { inactiveMonths: 24 })
  expect(rows.length).toBeGreaterThan(15)
  await expect(table.locator('tbody tr')).toHaveCount(rows.length)
  for (const row of rows) {
    const line = table.locator('tbody tr').filter({ has: page.getByRole('cell', { name: row.what, exact: true }) })
    await expect(line).toHaveCount(1)
    for (const why of row.why) await expect(line).toContainText(why)
    await expect(line).toContainText(row.who)
    for (const howLong of row.howLong) await expect(line).toContainText(howLong)
  }
  await expect(table).toContainText('na 24 maanden zonder inloggen')
  await expect(table).toContainText('Logboek van beheerders, coördinatoren en docenten')
  await expectAccessible(page)
})

test('an admin downloads the privacy pack of their organisation for the FG, and the download is logged', async ({
  page,
}) => {
  await signIn(page, DEMO.admin.email)
  await page.goto('/beheer')
  await page.getByRole('link', { name: 'Privacygegevens voor de FG' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy en FG' })).toBeVisible()
  const section = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .first()
  const organisation = (await section.getByRole('heading', { level: 2 }).textContent()) ?? ''
  await expect(section.getByRole('table')).toContainText('Identificatiegegevens')
  await expectAccessible(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('link', { name: `Privacygegevens van ${organisation} downloaden (JSON)` }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^deelwijs-privacy-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()))
  expect(data.organisation.name).toBe(organisation)
  expect(data.counts.people).toBeGreaterThan(0)
  expect(data.inventory.map((t: { table: string }) => t.table)).toContain('User')

  await page.goto('/beheer/logboek?actie=privacy.export')
  await expect(page.getByRole('table')).toContainText('Privacygegevens voor de FG gedownload')
})
