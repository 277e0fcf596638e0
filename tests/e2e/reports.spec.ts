import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { DEMO, expect, expectAccessible, newVisitor, signIn, test } from './support'

// The coordinator of Gemeente Demodorp reads the reports of the demo staff (seeded with real attempts).

test('the coordinator reads completion, staff and insight reports, filters them, and exports a table (audited)', async ({
  page,
  browser,
}) => {
  // A long journey: every report, its filters and an export, with a second-factor sign-in, and six accessibility
  // scans, some of the insight page with every decision point of both cases.
  test.slow()
  await signIn(page, DEMO.coordinator.email)
  await expect(page).toHaveURL(/\/rapportage$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportage: Gemeente Demodorp' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Afgerond per dilemma' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Voltooiing per dilemma' })).toContainText('Blauwe plekken')
  await expectAccessible(page)

  // Filter on a team: the link keeps the filter, and the team table narrows to it.
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Wijkteam Noord' })
  await page.getByRole('button', { name: 'Filters toepassen' }).click()
  await expect(page).toHaveURL(/team=/)
  await expect(page.getByRole('table', { name: 'Voltooiing per team' }).getByRole('row')).toHaveCount(2)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Deze tabel als CSV voor Excel (puntkomma’s)' }).first().click(),
  ])
  const csv = await readFile((await download.path()) ?? '', 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  const rows: string[][] = parse(csv, { bom: true, delimiter: ';' })
  expect(rows[0]).toEqual([
    'Dilemma',
    'Gestart',
    'Afgerond',
    'Behaald',
    'Afgerond (% van deelnemers)',
    'Behaald (% van deelnemers)',
    'Casus',
  ])
  expect(rows.some((row) => row[0] === 'Blauwe plekken' && Number(row[2]) > 0)).toBe(true)
  // Behaald never exceeds afgerond.
  for (const row of rows.slice(1)) expect(Number(row[3])).toBeLessThanOrEqual(Number(row[2]))

  // The staff list shows completion dates, never choices or scores.
  await page.getByRole('link', { name: 'Medewerkers' }).click()
  const staff = page.getByRole('table', { name: 'Medewerkers en verplichte modules' })
  await expect(staff).toContainText('(demo)')
  await expect(staff).not.toContainText(/score|passend|onjuist/i)
  // Dates per ISO week, not per day, so the list cannot be laid next to the insight tables to single someone out.
  await expect(staff).toContainText(/week \d{1,2}, 2026/)
  await expect(staff).not.toContainText(/\d{1,2} (oktober|november) 2026/)
  await expectAccessible(page)

  // Insight for one team of 7: too few answers, so nothing is shown.
  await page.getByRole('link', { name: 'Inzicht' }).click()
  await expect(page).toHaveURL(/inzicht\?team=/)
  await expect(page.getByText(/Te weinig antwoorden om te tonen/).first()).toBeVisible()
  await expect(page.getByRole('img', { name: /eerste keuzes/ })).toHaveCount(0)
  // For the whole organisation (14 demo staff answered) decision points are shown, with charts and knelpunten.
  await page.getByRole('link', { name: 'Filters wissen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Knelpunten' })).toBeVisible()
  await expect(page.getByRole('img', { name: /eerste keuzes/ }).first()).toBeVisible()
  await expectAccessible(page)
  // Insight is for fixed periods only: a hand-made day range is a clear error, a quarter is compared with the one before.
  await page.goto('/rapportage/inzicht?periode=2026-11-01')
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Deze periode bestaat niet')
  await page.getByLabel('Periode').selectOption('2026-K4')
  await page.getByRole('button', { name: 'Filters toepassen' }).click()
  await expect(page).toHaveURL(/periode=2026-K4/)
  await expect(page.getByText('Ter vergelijking: 3e kwartaal 2026.', { exact: false })).toBeVisible()
  await expect(page.getByText(/3e kwartaal 2026: te weinig antwoorden om te vergelijken/).first()).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('heading', { level: 4 }).getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 2, name: 'Uitleg per keuze' })).toBeVisible()
  await expectAccessible(page)

  // Required modules and the headline that follows them: completion-report.spec.ts (the only spec that changes them).

  // The admin sees the export in the log.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await admin.goto('/beheer/logboek')
  await expect(admin.getByRole('table', { name: /Logboek/ })).toContainText('Rapportage gedownload (CSV)')
  await expect(admin.getByRole('table', { name: /Logboek/ })).toContainText('Fatima El Amrani')
  await expectAccessible(admin)
})

test('reports are closed to learners and docents, and exports to another organisation', async ({ page }) => {
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  for (const path of ['/rapportage', '/rapportage/medewerkers', '/rapportage/inzicht', '/rapportage/verplicht']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
  }
  const csv = await page.request.get('/rapportage/export/medewerkers')
  expect(csv.status()).toBe(403)
  expect(await csv.json()).toMatchObject({ error: 'forbidden' })
  const api = await page.request.get('/api/rapportage/voltooiing')
  expect(api.status()).toBe(403)
})

test('a coordinator cannot reach another organisation through the link', async ({ page }) => {
  await signIn(page, DEMO.coordinator.email)
  await expect(page).toHaveURL(/\/rapportage$/)
  const response = await page.goto('/rapportage?organisatie=bestaat-niet')
  expect(response?.status()).toBe(403)
  const csv = await page.request.get('/rapportage/export/dilemmas?organisatie=bestaat-niet')
  expect(csv.status()).toBe(403)
  const json = await page.request.get('/api/rapportage/voltooiing')
  expect(json.status()).toBe(200)
  expect(await json.json()).toMatchObject({ organisation: { name: 'Gemeente Demodorp' }, learners: expect.any(Number) })
})
