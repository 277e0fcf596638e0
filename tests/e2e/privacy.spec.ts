import { loadInventory } from '@/lib/privacy/schema-inventory'
import { statementRows } from '@/lib/privacy/statement'
import { expect, expectAccessible, test } from './support'

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
