import { alertOf, DEMO, expect, expectAccessible, type Page, signIn, test } from './support'

// The coordinator of Gemeente Demodorp reads a completion report whose numbers add up, with a headline that says
// which modules count, a monthly trend, a clear error for an impossible period, and charts whose labels never overlap.

const number = (text: string) => Number(text.replace(/\./g, '').trim())

async function teamRows(page: Page): Promise<[string, number][]> {
  const table = page.getByRole('table', { name: 'Voltooiing per team' })
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        (row as HTMLTableRowElement).cells[0]?.textContent ?? '',
        Number(((row as HTMLTableRowElement).cells[1]?.textContent ?? '').replace(/\./g, '')),
      ]),
    ) as Promise<[string, number][]>
}

/** Every chart on screen: no label runs into its bar or another label, and nothing leaves the drawing. */
async function expectChartsReadable(page: Page) {
  const problems = await page.locator('svg[role="img"]').evaluateAll((svgs) => {
    const found: string[] = []
    for (const svg of svgs as SVGSVGElement[]) {
      if (svg.getBoundingClientRect().width === 0) continue // the other layout, display:none
      const view = svg.viewBox.baseVal
      const boxes: DOMRect[] = []
      for (const row of svg.querySelectorAll('g')) {
        const [label, value] = [...row.querySelectorAll(':scope > text')] as SVGTextElement[]
        const bar = row.querySelector(':scope > rect') as SVGRectElement | null
        if (!label || !value || !bar) continue
        const l = label.getBBox()
        const b = bar.getBBox()
        const v = value.getBBox()
        const name = row.querySelector('title')?.textContent ?? ''
        const beside = b.x > 0
        if (beside ? l.x + l.width > b.x : l.y + l.height > b.y + 0.5) found.push(`label over bar: ${name}`)
        if (v.x + v.width > view.width + 0.5) found.push(`value outside: ${name}`)
        if (l.x + l.width > view.width + 0.5) found.push(`label outside: ${name}`)
        const top0 = row.transform.baseVal.numberOfItems > 0 ? row.transform.baseVal.getItem(0).matrix.f : 0
        for (const other of boxes) {
          const y = l.y + top0
          const apart = y >= other.y + other.height - 0.5 || other.y >= y + l.height - 0.5
          if (!apart) found.push(`labels overlap: ${name}`)
        }
        const top = row.transform.baseVal.numberOfItems > 0 ? row.transform.baseVal.getItem(0).matrix.f : 0
        boxes.push(new DOMRect(l.x, l.y + top, l.width, l.height))
      }
    }
    return found
  })
  expect(problems).toEqual([])
}

test('on the demo the deelnemers add up over the teams, and the headline says which modules count', async ({
  page,
}) => {
  await signIn(page, DEMO.coordinator.email)
  await expect(page).toHaveURL(/\/rapportage$/)
  await expectAccessible(page)

  // Deelnemers = the team rows + zonder team, as nobody on the demo is in two teams. The coordinator (in Wijkteam
  // Centrum) is no deelnemer.
  const deelnemers = number((await page.getByTestId('deelnemers').textContent()) ?? '')
  expect(deelnemers).toBeGreaterThanOrEqual(14)
  const rows = await teamRows(page)
  expect(rows.map(([name]) => name)).toEqual(['Wijkteam Centrum', 'Wijkteam Noord', 'Zonder team'])
  expect(rows.reduce((sum, [, n]) => sum + n, 0)).toBe(deelnemers)
  expect(rows[0]?.[1]).toBe(7)
  expect(rows[1]?.[1]).toBe(7)
  await expect(page.getByTestId('team-uitleg')).toContainText(
    `Niemand zit in twee of meer teams, dus de rijen tellen samen op tot ${deelnemers} deelnemers.`,
  )

  // The trend: 12 months with a chart and a table of the same numbers.
  await expect(page.getByRole('img', { name: 'Afgeronde dilemma’s per maand' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Afgeronde dilemma’s per maand' }).locator('tbody tr')).toHaveCount(12)

  // Set the modules at /rapportage/verplicht (through the link in the headline), remembering what was chosen.
  await page.getByRole('link', { name: 'Verplichte modules kiezen' }).click()
  await expect(page).toHaveURL(/\/rapportage\/verplicht$/)
  await expectAccessible(page)
  const boxes = page.getByRole('checkbox')
  const before: boolean[] = []
  for (const box of await boxes.all()) before.push(await box.isChecked())
  const save = async () => {
    await page.getByRole('button', { name: 'Verplichte modules opslaan' }).click()
    await expect(page.getByRole('main').getByRole('status')).toBeVisible()
  }
  const headline = async () => {
    await page.goto('/rapportage')
    const text = (await page.getByTestId('kop-verplicht').textContent()) ?? ''
    const [all, some, none] = (text.match(/[\d.]+(?= alle| een deel| nog geen)/g) ?? []).map(number)
    expect((all ?? 0) + (some ?? 0) + (none ?? 0), text).toBe(deelnemers)
    return { all, some, none, text }
  }

  // None chosen: every dilemma counts, said as such; on the demo nobody did all eight.
  for (const box of await boxes.all()) await box.uncheck()
  await save()
  await expect(page.getByRole('main').getByRole('status')).toContainText('alle dilemma’s tellen nu als verplicht')
  const byDefault = await headline()
  await expect(page.getByTestId('verplicht')).toHaveText(
    'Verplicht: alle 8 dilemma’s van De familie Kramer en alle 8 dilemma’s van Het huishouden Brouwer (er zijn geen verplichte modules gekozen).',
  )
  expect(byDefault.all).toBe(0)
  expect(byDefault.some).toBeGreaterThan(0)

  // Two chosen: the list is named, and some demo staff did both.
  await page.goto('/rapportage/verplicht')
  await page.getByRole('checkbox', { name: 'Blauwe plekken' }).check()
  await page.getByRole('checkbox', { name: 'Maandag weer niet' }).check()
  await save()
  const chosen = await headline()
  await expect(page.getByTestId('verplicht')).toHaveText(
    'Verplicht (door jullie gekozen): Blauwe plekken en Maandag weer niet.',
  )
  expect(chosen.all).toBeGreaterThan(0)
  expect(chosen.text).not.toBe(byDefault.text)
  await expectAccessible(page)

  // Restore what was chosen before.
  await page.goto('/rapportage/verplicht')
  const again = await boxes.all()
  for (const [i, box] of again.entries()) await box.setChecked(before[i] ?? false)
  await save()
})

test('a reversed or impossible period is a Dutch error at the date fields, not a report of zeros', async ({ page }) => {
  await signIn(page, DEMO.coordinator.email)
  await expect(page).toHaveURL(/\/rapportage$/)
  await page.getByLabel('Vanaf').fill('2026-03-01')
  await page.getByLabel('Tot en met').fill('2026-02-01')
  await page.getByRole('button', { name: 'Filters toepassen' }).click()
  await expect(page).toHaveURL(/van=2026-03-01&tot=2026-02-01/)
  await expect(alertOf(page)).toContainText('De periode is leeg: ‘Vanaf’ ligt na ‘Tot en met’.')
  await expect(page.getByLabel('Vanaf')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Tot en met')).toHaveAccessibleDescription(/‘Vanaf’ ligt na ‘Tot en met’/)
  await expect(page.getByRole('table', { name: 'Voltooiing per dilemma' })).toHaveCount(0)
  await expect(page.getByTestId('deelnemers')).toHaveCount(0)
  await expectAccessible(page)
  // The link in the alert takes the reader to the field.
  await alertOf(page).getByRole('link', { name: 'Naar ‘Vanaf’' }).click()
  await expect(page).toHaveURL(/#van$/)

  await page.goto('/rapportage?van=2026-02-31')
  await expect(alertOf(page)).toContainText('De datum bij ‘Vanaf’ bestaat niet.')

  // The JSON API refuses the same period with the same message.
  const api = await page.request.get('/api/rapportage/voltooiing?van=2026-03-01&tot=2026-02-01')
  expect(api.status()).toBe(400)
  expect(await api.json()).toMatchObject({ error: 'invalid_period', message: expect.stringContaining('Vanaf') })
  // And so does the CSV export of a completion table.
  const csv = await page.request.get('/rapportage/export/maanden?van=2026-03-01&tot=2026-02-01')
  expect(csv.status()).toBe(400)
})

for (const width of [1280, 320]) {
  test(`chart labels stay apart and inside the chart at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 })
    await signIn(page, DEMO.coordinator.email)
    await expect(page).toHaveURL(/\/rapportage$/)
    await expect(page.getByRole('img', { name: 'Afgerond per dilemma' })).toBeVisible()
    await expectChartsReadable(page)
    await page.screenshot({ path: testInfo.outputPath(`voltooiing-${width}.png`), fullPage: true })
    await page.goto('/rapportage/inzicht')
    await expect(page.getByRole('img').first()).toBeVisible()
    await expectChartsReadable(page)
    await page.screenshot({ path: testInfo.outputPath(`inzicht-${width}.png`), fullPage: true })
  })
}
