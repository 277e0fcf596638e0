import { expect, expectAccessible, type Page, test, uniqueEmail } from './support'

// Everything here is done with the keyboard only: Tab to move, Enter or Space to act.

/** Presses Tab until the focused element satisfies `test`, a JS expression over `el` evaluated in the browser. */
async function tabTo(page: Page, test: string, description: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(`((el) => Boolean(${test}))(document.activeElement)`)) return
  }
  throw new Error(`Could not reach ${description} with Tab`)
}

const tabToChoice = (page: Page, choiceId: string) =>
  tabTo(
    page,
    `el?.tagName === 'BUTTON' && el.closest('form')?.querySelector('input[name=choiceId]')?.value === ${JSON.stringify(choiceId)}`,
    `choice ${choiceId}`,
  )

const tabToText = (page: Page, text: string) =>
  tabTo(page, `(el?.textContent ?? '').includes(${JSON.stringify(text)})`, `"${text}"`)

async function choose(page: Page, choiceId: string, expectFeedback: boolean) {
  await tabToChoice(page, choiceId)
  await page.keyboard.press('Enter')
  if (expectFeedback) {
    await expect(
      page.getByRole('heading', { level: 2, name: /Goede keuze|Dit kan, maar let op|Geen goede keuze/ }),
    ).toBeFocused()
    await tabToText(page, 'Verder')
    await page.keyboard.press('Enter')
  }
}

async function registerLearner(page: Page) {
  await page.goto('/aanmelden?code=KLAS-2026')
  await page.getByLabel('E-mailadres').fill(uniqueEmail('speler'))
  await page.getByLabel('Je naam').fill('Speler Toetsenbord')
  await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await page.getByLabel('Kies een wachtwoord').press('Enter')
  await expect(page).toHaveURL(/\/leren$/)
}

const sceneHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name })

test('the levenswiel shows every spoke with its status, as a wheel and as a list, accessibly', async ({ page }) => {
  await registerLearner(page)
  await page.goto('/leren/kramer')
  const wheel = page.getByRole('img', { name: 'Levenswiel van De familie Kramer' })
  await expect(wheel).toBeVisible()
  await expect(page.getByRole('link', { name: /Gezondheid Huisarts: Blauwe plekken — niet gestart/ })).toBeVisible()
  await expectAccessible(page)
  await tabToText(page, 'Lijst')
  await page.keyboard.press('Enter')
  const list = page.getByRole('list').filter({ hasText: 'Blauwe plekken' })
  await expect(list.getByRole('listitem')).toHaveCount(8)
  // The list keeps wheel order: the first spoke is Gezondheid, the huisarts dilemma.
  await expect(list.getByRole('listitem').first()).toContainText('Blauwe plekken')
  await expect(list.getByRole('listitem').first()).toContainText('Status: niet gestart')
  for (const item of await list.getByRole('listitem').all()) await expect(item).toContainText('Status: ')
  await expectAccessible(page)
})

test('a learner plays the huisarts dilemma to an ending with the keyboard, resumes after a reload, and goes back', async ({
  page,
}) => {
  // A whole dilemma by keyboard with an accessibility check on every screen: close to a minute on a busy machine.
  test.slow()
  await registerLearner(page)
  await page.goto('/leren/kramer')
  await tabToText(page, 'Gezondheid')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Blauwe plekken' })).toBeVisible()
  await expectAccessible(page)
  await tabToText(page, 'Begin dit dilemma')
  await page.keyboard.press('Enter')

  await expect(sceneHeading(page, 'Maandagochtend in de praktijk')).toBeFocused()
  await expect(page.getByText(/Keuze 1 · ongeveer 0% gedaan/)).toBeVisible()
  await choose(page, 'binnenroepen', false)
  await expect(sceneHeading(page, 'Wat je ziet')).toBeFocused()
  await expectAccessible(page)
  await choose(page, 'eerlijk', true)
  await expect(sceneHeading(page, 'Doorvragen')).toBeVisible()

  // Reload midway: the server holds the state, so the learner is where they were.
  await page.reload()
  await expect(sceneHeading(page, 'Doorvragen')).toBeVisible()
  await choose(page, 'kindcheck', true)
  await expect(sceneHeading(page, 'Na het spreekuur')).toBeVisible()

  // Back one scene, then on again.
  await tabToText(page, 'Terug naar de vorige situatie')
  await page.keyboard.press('Enter')
  await expect(sceneHeading(page, 'Doorvragen')).toBeFocused()
  await choose(page, 'kindcheck', true)

  await choose(page, 'advies-vragen', true)
  await choose(page, 'naar-gesprek', false)
  await expect(sceneHeading(page, 'Het tweede gesprek')).toBeVisible()
  await choose(page, 'samen-melden', true)
  await choose(page, 'feiten', true)

  await expect(page.getByRole('heading', { level: 2, name: 'Einde: Zorgvuldig gemeld' })).toBeFocused()
  await expect(page.getByText('Je score: 100%')).toBeVisible()
  const route = page.getByRole('list').filter({ has: page.getByText('Keuze 1: passend') })
  await expect(route.getByRole('listitem')).toHaveCount(5)
  await expectAccessible(page)

  await page.goto('/leren/kramer')
  await expect(page.getByRole('link', { name: /Blauwe plekken — behaald, score 100%/ })).toBeVisible()
})

test('the JSON move endpoint answers illegal and cross-site moves with a 4xx and a machine-readable error', async ({
  page,
  baseURL,
}) => {
  await registerLearner(page)
  await page.goto('/leren/kramer/huisarts')
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  await expect(sceneHeading(page, 'Maandagochtend in de praktijk')).toBeVisible()
  const attemptId = await page.locator('input[name=attemptId]').first().inputValue()
  const post = (data: object, origin = baseURL ?? '') =>
    page.request.post(`/api/attempts/${attemptId}/moves`, { data, headers: { origin } })
  const target = { caseId: 'kramer', dilemmaId: 'huisarts' }

  const illegal = await post({ ...target, kind: 'choice', step: 1, choiceId: 'feiten' })
  expect(illegal.status()).toBe(422)
  expect(await illegal.json()).toMatchObject({ error: 'illegal_move' })

  const crossSite = await post({ ...target, kind: 'choice', step: 1, choiceId: 'binnenroepen' }, 'https://evil.example')
  expect(crossSite.status()).toBe(403)
  expect(await crossSite.json()).toMatchObject({ error: 'cross_origin' })

  const missing = await post({ kind: 'choice', step: 1, choiceId: 'binnenroepen' })
  expect(missing.status()).toBe(400)

  const legal = await post({ ...target, kind: 'choice', step: 1, choiceId: 'binnenroepen' })
  expect(legal.status()).toBe(200)
  expect(await legal.json()).toMatchObject({ scene: 'spreekkamer', step: 1, duplicate: false })
  const repeated = await post({ ...target, kind: 'choice', step: 1, choiceId: 'binnenroepen' })
  expect(await repeated.json()).toMatchObject({ scene: 'spreekkamer', step: 1, duplicate: true })

  const anonymous = await page.context().browser()?.newContext()
  const response = await anonymous?.request.post(`${baseURL}/api/attempts/${attemptId}/moves`, {
    data: { ...target, kind: 'back', step: 2 },
    headers: { origin: baseURL ?? '' },
  })
  expect(response?.status()).toBe(401)
})
