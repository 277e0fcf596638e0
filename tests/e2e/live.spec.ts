import type { Browser, Page } from '@playwright/test'
import { DEMO, expect, expectAccessible, signIn, test } from './support'

// Klassikaal: one docent on the projector, phones voting by code (docs/decisions/032-live-class-sessions.md).

/** Starts a session without a class, or (withClass) from the demo class's Klassikaal tab. */
async function startSession(page: Page, { withClass = false } = {}): Promise<string> {
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  if (withClass) {
    await page.getByRole('link', { name: 'SPH jaar 2 — groep A' }).click()
    await page.getByRole('link', { name: 'Klassikaal' }).click()
  } else {
    await page.goto('/klas/live')
  }
  await page.getByLabel('Dilemma', { exact: true }).selectOption('kramer/huisarts')
  await page.getByRole('button', { name: 'Sessie starten' }).click()
  await expect(page).toHaveURL(/\/klas\/([a-z0-9]+\/)?live\/[a-z0-9]+$/)
  const code = (await page.getByTestId('live-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z0-9]{6}$/)
  return code
}

async function joinPhones(browser: Browser, code: string, count: number): Promise<Page[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' })
      const phone = await context.newPage()
      await phone.goto(`/live?code=${code}`)
      await phone.getByRole('button', { name: 'Meedoen' }).click()
      await expect(phone).toHaveURL(/\/live\/[a-z0-9]+$/)
      return phone
    }),
  )
}

const choiceButton = (phone: Page, letter: string) =>
  phone.getByRole('listitem').getByRole('button', { name: new RegExp(`^${letter}\\b`) })

/** The docent takes the first scene (one choice, "Verder") straight on, to the first real decision point. */
async function pastIntro(projector: Page, phones: Page[]) {
  await projector.getByRole('button', { name: 'Stemmen sluiten (spatie)' }).click()
  await projector.getByRole('button', { name: 'Verder met A', exact: true }).click()
  await expect(projector.getByRole('heading', { name: 'Wat je ziet', level: 2 })).toBeVisible()
  for (const phone of phones) await expect(phone.getByRole('heading', { name: 'Wat je ziet' })).toBeVisible()
}

test('a whole session with six phones: vote, change a vote, split, feedback, next scene, ending', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const code = await startSession(page, { withClass: true })
  const classPath = new URL(page.url()).pathname.replace(/\/live\/[a-z0-9]+$/, '')
  const phones = await joinPhones(browser, code, 6)
  await pastIntro(page, phones)

  // Five vote A, one votes B and then changes to A: six votes, not seven.
  for (const [index, phone] of phones.entries()) {
    await choiceButton(phone, index === 5 ? 'B' : 'A').click()
    await expect(phone.getByTestId('phone-status')).toContainText(`Je stem: ${index === 5 ? 'B' : 'A'}`)
  }
  await expect(page.getByTestId('live-votes')).toHaveText('6 stemmen')
  await choiceButton(phones[5] as Page, 'A').click()
  await expect((phones[5] as Page).getByTestId('phone-status')).toContainText('Je stem: A')
  await choiceButton(phones[4] as Page, 'B').click()
  await expect((phones[4] as Page).getByTestId('phone-status')).toContainText('Je stem: B')
  await expect(page.getByTestId('live-votes')).toHaveText('6 stemmen')

  // Space closes voting; the phones see it and can no longer vote.
  await page.keyboard.press('Space')
  await expect(page.getByText('Het stemmen is gesloten.')).toBeVisible()
  for (const phone of phones) await expect(phone.getByTestId('phone-status')).toContainText('Het stemmen is gesloten')
  await expect(choiceButton(phones[0] as Page, 'B')).toBeDisabled()

  // R reveals the split: five A, one B.
  await page.keyboard.press('r')
  const split = page.getByTestId('live-split')
  await expect(split).toBeVisible()
  await expect(split.getByRole('listitem').filter({ hasText: /^A/ })).toContainText('5 (83%)')
  await expect(split.getByRole('listitem').filter({ hasText: /^B/ })).toContainText('1 (17%)')

  // The feedback of the minority's choice, with its legal reference.
  await page.getByRole('button', { name: 'Feedback bij B' }).click()
  await expect(page.getByTestId('live-feedback')).toContainText('Feedback bij B')
  await expect(page.getByTestId('live-feedback')).toContainText('Keuze B')

  // Space again: on along the majority, to the next scene, on every screen, with voting open.
  await page.keyboard.press('Space')
  await expect(page.getByRole('heading', { name: 'Wat je ziet', level: 2 })).toBeHidden()
  await expect(page.getByTestId('live-votes')).toHaveText('0 stemmen')
  for (const phone of phones) await expect(phone.getByTestId('phone-status')).toHaveText('Kies wat jij zou doen.')

  // The docent picks the way on until the ending: the ending, the oplossingsrichting or passend end, the questions.
  // Read in one step in the page: a locator's count() and then textContent() would race the re-render, and
  // textContent() waits for an element that the ending has removed.
  const situation = () => page.evaluate(() => document.getElementById('situatie')?.textContent ?? null)
  for (let i = 0; i < 10 && (await situation()) !== null; i++) {
    const before = await situation()
    await page.getByRole('button', { name: 'Stemmen sluiten (spatie)' }).click()
    await page.getByRole('button', { name: 'Verder met A', exact: true }).click()
    // The next scene (another title) or the ending (no scene title at all).
    await expect.poll(situation).not.toBe(before)
  }
  await expect(page.getByRole('heading', { name: /^Einde:/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Vragen voor het gesprek' })).toBeVisible()
  for (const phone of phones) await expect(phone.getByRole('heading', { name: /^Einde:/ })).toBeVisible()

  // Ending the session wipes the votes; the CSV keeps the split of the decision point with six votes.
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Sessie beëindigen' }).click()
  await expect(page.getByRole('heading', { name: 'De sessie is afgelopen' })).toBeVisible()
  for (const phone of phones)
    await expect(phone.getByRole('heading', { name: 'Deze sessie loopt niet (meer)' })).toBeVisible()
  const csvHref = await page.getByRole('link', { name: 'Download de verdeling (CSV)' }).getAttribute('href')
  const csv = await (await page.request.get(csvHref ?? '')).text()
  expect(csv).toContain('"Wat je ziet"')
  expect(csv).toContain('"5","83","6"')
  // The class discussion view shows the kept split next to the first answers of students who played alone.
  await page.goto(`${classPath}/bespreken/kramer/huisarts`)
  await expect(page.getByRole('heading', { name: 'Klassikaal gestemd' })).toBeVisible()
  await expect(page.getByText('Wat je ziet: 6 stemmen').first()).toBeVisible()
  await Promise.all(phones.map((phone) => phone.context().close()))
})

test('with four votes the projector shows no split', async ({ page, browser }) => {
  // Five browsers at once (the projector and four phones).
  test.slow()
  const code = await startSession(page)
  const phones = await joinPhones(browser, code, 4)
  await pastIntro(page, phones)
  for (const phone of phones) await choiceButton(phone, 'A').click()
  await expect(page.getByTestId('live-votes')).toHaveText('4 stemmen')
  await page.keyboard.press('r')
  await expect(page.getByTestId('live-no-split')).toContainText('Minder dan 5 stemmen')
  await expect(page.getByTestId('live-split')).toHaveCount(0)
  await Promise.all(phones.map((phone) => phone.context().close()))
})

test('the projector passes axe and has no text under 24 px at 1280×720', async ({ page, browser }) => {
  // Six browsers at once (the projector and five phones): on a busy machine more than a minute.
  test.slow()
  await page.setViewportSize({ width: 1280, height: 720 })
  const code = await startSession(page)
  const phones = await joinPhones(browser, code, 5)
  await pastIntro(page, phones)
  for (const phone of phones) await choiceButton(phone, 'A').click()
  await expect(page.getByTestId('live-votes')).toHaveText('5 stemmen')
  await page.keyboard.press('r')
  await expect(page.getByTestId('live-split')).toBeVisible()
  await page.getByRole('button', { name: 'Feedback bij A' }).click()
  await expect(page.getByTestId('live-feedback')).toBeVisible()
  await expectAccessible(page)
  const small = await page.locator('dialog').evaluate((dialog) => {
    const found: string[] = []
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || !node.textContent?.trim() || element.closest('svg')) continue
      const style = getComputedStyle(element)
      if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) continue
      const size = Number.parseFloat(style.fontSize)
      if (size < 24) found.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`)
    }
    return found
  })
  expect(small).toEqual([])
  await Promise.all(phones.map((phone) => phone.context().close()))
})

test('the docent sees the certificates of the class’s students on their own tab', async ({ page }) => {
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.getByRole('link', { name: 'SPH jaar 2 — groep A' }).click()
  await page.getByRole('link', { name: 'Certificaten' }).click()
  await expect(page.getByRole('heading', { level: 2, name: /^Certificaten \(\d+\)$/ })).toBeVisible()
  await expectAccessible(page)
})
