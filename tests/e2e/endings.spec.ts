import type { CatalogDilemma } from '@/lib/scenarios/catalog'
import { catalogDilemma, feedbackOpening, planRoute, playRoute, type RouteStep, take } from './quality-route'
import { alertOf, expect, expectAccessible, type Page, test, uniqueEmail } from './support'

// Honest endings: the outcome in words that match it, every choice that was not passend with its feedback, and the
// oplossingsrichting for everyone. Plus the learner-facing fixes around it: the icon, /meedoen, the landing page and
// the learner's CSV.

const SUCCESS_WORDING = /goed gedaan|gefeliciteerd|zorgvuldig gehandeld|goede keuze/i
const jeugdarts = catalogDilemma('kramer', 'jeugdarts')
const wijkagent = catalogDilemma('kramer', 'wijkagent')

async function registerLearner(page: Page) {
  await page.goto('/aanmelden?code=KLAS-2026')
  await page.getByLabel('E-mailadres').fill(uniqueEmail('einde'))
  await page.getByLabel('Je naam').fill('Speler Einde')
  await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page).toHaveURL(/\/leren$/)
}

const outcomeSection = (page: Page) =>
  page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2, name: /^Einde: / }) })
const routeSection = (page: Page) => page.getByRole('region', { name: 'Jouw route en de uitleg' })
const oplossing = (page: Page) => page.getByRole('region', { name: 'Zo pak je het aan: de oplossingsrichting' })

/** Every choice of the route that was not passend is listed, open, with its own feedback; passend ones are not. */
async function expectNonPassendListed(page: Page, dilemma: CatalogDilemma, route: RouteStep[]) {
  const rated = route.filter((step) => step.choice.quality)
  const wrong = rated.filter((step) => step.choice.quality !== 'passend')
  await expect(routeSection(page).getByRole('listitem')).toHaveCount(rated.length)
  await expect(routeSection(page).getByRole('article')).toHaveCount(wrong.length)
  for (const [index, step] of rated.entries()) {
    if (step.choice.quality === 'passend') continue
    const card = routeSection(page).getByRole('article', { name: `Keuze ${index + 1}: ${step.choice.quality}` })
    await expect(card).toBeVisible()
    await expect(card).toContainText(step.choice.label.slice(0, 40))
    await expect(card.getByText(feedbackOpening(dilemma, step.choice.id), { exact: false })).toBeVisible()
  }
}
test('an onjuist ending says so, lists every wrong choice with its feedback and shows the oplossingsrichting', async ({
  page,
}) => {
  await registerLearner(page)
  const route = planRoute(jeugdarts, { ending: 'onjuist', allow: ['onjuist', 'twijfelachtig'] })
  expect(route.filter((s) => s.choice.quality === 'onjuist').length).toBeGreaterThan(1)
  await page.goto('/leren/kramer/jeugdarts')
  await playRoute(page, route)

  const outcome = outcomeSection(page)
  await expect(outcome).toContainText('Dit liep niet goed af: ')
  await expect(outcome).toContainText('Uitkomst: onjuist')
  await expect(outcome).toContainText(/Je score: \d+%/)
  await expect(page.getByRole('main')).not.toContainText(SUCCESS_WORDING)
  await expectNonPassendListed(page, jeugdarts, route)

  await expect(oplossing(page)).toBeVisible()
  await expect(oplossing(page)).toContainText('Zorgvuldig gemeld')
  await expect(oplossing(page)).toContainText('Breng signalen in kaart. Stel open vragen en kijk naar het hele kind.')
  // Read as on the model route: no remark about a mistake the model route does not make.
  await expect(oplossing(page)).not.toContainText('Let op:')
  await expect(page.getByRole('button', { name: 'Opnieuw spelen' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Terug naar het levenswiel' })).toBeVisible()
  await expectAccessible(page)

  await test.step('the learner CSV has titles and Dutch times, not ids', async () => {
    const response = await page.request.get('/account/gegevens?formaat=csv')
    expect(response.status()).toBe(200)
    const csv = await response.text()
    expect(csv).toContain('De familie Kramer')
    expect(csv).toContain(jeugdarts.frontmatter.title)
    expect(csv).toContain(route[1]?.scene.title ?? 'missing')
    // Quotes are doubled inside a quoted CSV cell.
    expect(csv).toContain(route[1]?.choice.label.slice(0, 30).replaceAll('"', '""') ?? 'missing')
    expect(csv).not.toMatch(/\bc[a-z0-9]{20,}\b/) // cuid
    expect(csv).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/) // ISO time in UTC
    expect(csv).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/)
    for (const id of ['onderzoek', 'verwijzing', route[1]?.choice.id ?? 'missing']) {
      expect(csv.split(/[,;\r\n]/).map((cell) => cell.replace(/^"|"$/g, ''))).not.toContain(id)
    }
  })
})

test('a route of passend choices only ends with the passend wording; a choice taken back does not count', async ({
  page,
}) => {
  await registerLearner(page)
  const route = planRoute(jeugdarts, { ending: 'passend', allow: ['passend'] })
  await page.goto('/leren/kramer/jeugdarts')
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  // A wrong choice first, then "Terug" and the passend one.
  const [first, second, ...rest] = route
  if (!first || !second) throw new Error('route too short')
  await take(page, first.choice)
  const wrong = second.scene.choices.find((c) => c.quality === 'onjuist')
  if (!wrong) throw new Error('no onjuist choice to take back')
  await take(page, wrong)
  await page.getByRole('button', { name: /Terug naar de vorige situatie/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: second.scene.title ?? '' })).toBeVisible()
  for (const step of [second, ...rest]) await take(page, step.choice)

  const outcome = outcomeSection(page)
  await expect(outcome).toBeVisible()
  await expect(outcome).toContainText('Je hebt zorgvuldig gehandeld')
  await expect(outcome).toContainText('Je score: 100%')
  await expect(outcome).toContainText('Dit is het passende einde')
  await expect(routeSection(page)).toContainText('Al je keuzes waren passend.')
  await expectNonPassendListed(page, jeugdarts, route)
  // The passend ending is the oplossingsrichting itself: not repeated below.
  await expect(oplossing(page)).toHaveCount(0)
  await expectAccessible(page)
})

for (const { dilemma, choiceId } of [
  { dilemma: jeugdarts, choiceId: 'toch-verwijzen' },
  { dilemma: wijkagent, choiceId: 'alles' },
]) {
  test(`${dilemma.id}: a wrong choice (${choiceId}) on a route to the passend ending is shown with its feedback`, async ({
    page,
  }) => {
    await registerLearner(page)
    const route = planRoute(dilemma, { ending: 'passend', allow: ['passend'], force: [choiceId] })
    expect(route.map((s) => s.choice.id)).toContain(choiceId)
    await page.goto(`/leren/kramer/${dilemma.id}`)
    await playRoute(page, route)
    const outcome = outcomeSection(page)
    await expect(outcome).toContainText('Uitkomst: passend')
    await expect(outcome).toContainText('Het einde is passend, maar niet elke keuze onderweg was dat.')
    await expect(outcome).not.toContainText(SUCCESS_WORDING)
    await expect(outcome).not.toContainText('Je score: 100%')
    await expect(routeSection(page)).toContainText('Eén keuze was niet passend.')
    await expectNonPassendListed(page, dilemma, route)
    await expectAccessible(page)
  })
}

test('/favicon.ico and the icon answer on every page', async ({ page, request }) => {
  const icon = await request.get('/favicon.ico')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
  await page.goto('/privacy')
  const href = await page.locator('link[rel=icon][type="image/svg+xml"]').getAttribute('href')
  expect((await request.get(href ?? '/missing')).status()).toBe(200)
})

test('/meedoen asks for a class code, explains a bad one in Dutch, and goes on with a good one', async ({ page }) => {
  await page.goto('/meedoen')
  await expect(page.getByRole('heading', { level: 1, name: 'Meedoen met een klas' })).toBeVisible()
  const field = page.getByLabel('Klascode')
  await expect(field).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Verder' }).click()
  await expect(alertOf(page)).toContainText('Vul de klascode in.')
  await expect(page).toHaveTitle(/^Fout: /)

  await field.fill('abc')
  await page.getByRole('button', { name: 'Verder' }).click()
  await expect(alertOf(page)).toContainText('Dit is geen klascode')
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveValue('abc')
  await expectAccessible(page)

  await field.fill('klas 2026')
  await page.getByRole('button', { name: 'Verder' }).click()
  await expect(page).toHaveURL(/\/meedoen\/KLAS-2026$/)
  await expect(page.getByRole('heading', { level: 1, name: /^Meedoen met / })).toBeVisible()
  await expectAccessible(page)
})

test('/meedoen works without JavaScript', async ({ browser }) => {
  // axe needs JavaScript, so this visit only checks the behaviour; the test above checks the same pages with axe.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/meedoen')
  await page.getByLabel('Klascode').fill('KLAS-20')
  await page.getByRole('button', { name: 'Verder' }).click()
  await expect(alertOf(page)).toContainText('Dit is geen klascode')
  await page.getByLabel('Klascode').fill('KLAS-2026')
  await page.getByRole('button', { name: 'Verder' }).click()
  await expect(page).toHaveURL(/\/meedoen\/KLAS-2026$/)
  await context.close()
})

test('the landing page shows the levenswiel with its text alternative and a real feedback card', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    const wheel = page.getByRole('img', { name: 'Levenswiel van De familie Kramer' })
    await expect(wheel).toBeVisible()
    const list = page.getByRole('list', { name: 'De professionals in het levenswiel' })
    await expect(list.getByRole('listitem')).toHaveCount(8)
    await expect(list).toContainText('Bescherming · Medewerker Veilig Thuis')
    // Wrapped lines still read as words, not "MedewerkerVeilig".
    await expect(wheel).toContainText('Bescherming Medewerker Veilig Thuis')
    // Every label stays inside its circle, as the browser lays out the text.
    const spilled = await wheel.evaluate((svg) => {
      // The hub and the nodes (the ring is larger); each text belongs to the circle nearest to it.
      const circles = Array.from(svg.querySelectorAll('circle'))
        .map((c) => ({
          x: Number(c.getAttribute('cx')),
          y: Number(c.getAttribute('cy')),
          r: Number(c.getAttribute('r')),
        }))
        .filter((c) => c.r < 150)
      const out: string[] = []
      for (const text of Array.from(svg.querySelectorAll('text'))) {
        const box = (text as SVGTextElement).getBBox()
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
        const circle = circles.sort(
          (a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y),
        )[0]
        if (!circle) continue
        const corners = [
          [box.x, box.y],
          [box.x + box.width, box.y],
          [box.x, box.y + box.height],
          [box.x + box.width, box.y + box.height],
        ] as const
        if (corners.some(([x, y]) => Math.hypot(x - circle.x, y - circle.y) > circle.r))
          out.push(text.textContent ?? '')
      }
      return out
    })
    expect(spilled).toEqual([])

    const example = page.getByRole('region', { name: 'Na elke keuze: uitleg met de wet erbij' })
    await expect(example).toBeVisible()
    const card = example.getByRole('article')
    await expect(card).toContainText('Geen goede keuze')
    await expect(card).toContainText('Na de afspraak stuur je de huisarts een brief')
    await expect(card).toContainText(feedbackOpening(jeugdarts, 'toch-verwijzen'))
    await expect(card.getByRole('complementary', { name: /^Wet: Wgbo, artikel 7:457/ })).toBeVisible()
    await expectAccessible(page)
  }
})
