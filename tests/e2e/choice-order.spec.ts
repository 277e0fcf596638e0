import { displayedChoices } from '../../lib/engine/shuffle'
import { getDilemma } from '../../lib/scenarios/catalog.server'
import {
  type Browser,
  choiceButton,
  choiceIdsOnScreen,
  expect,
  expectAccessible,
  type Page,
  playToEnding,
  signIn,
  test,
  uniqueEmail,
} from './support'

// The player shows a scene's choices in an order shuffled per attempt and scene (lib/engine/shuffle.ts). It must be
// the same order every time the learner sees that scene in that attempt, and it must work without JavaScript.

const PASSWORD = 'een lange zin als wachtwoord'

function huisarts() {
  const dilemma = getDilemma('kramer', 'huisarts')
  if (!dilemma) throw new Error('the huisarts dilemma is missing from the catalog')
  return dilemma
}

/** The author's order of a scene's choices (all are offered without flags in the scenes used here). */
function authorOrder(sceneId: string): string[] {
  const node = huisarts().graph.nodes.find((n) => n.id === sceneId)
  return node?.kind === 'scene' ? node.choices.map((choice) => choice.id) : []
}

/** What the engine says this attempt shows in this scene, to compare with the buttons on screen. */
function engineOrder(attemptId: string, sceneId: string, flags: string[] = []): string[] {
  return displayedChoices(huisarts().graph, { scene: sceneId, flags }, attemptId).map((choice) => choice.id)
}

async function registerLearner(page: Page) {
  const email = uniqueEmail('volgorde')
  await page.goto('/aanmelden?code=KLAS-2026')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Je naam').fill('Speler Volgorde')
  await page.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page).toHaveURL(/\/leren$/)
  return email
}

const sceneHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name })
const attemptIdOf = (page: Page) => page.locator('main input[name=attemptId]').first().inputValue()
const verder = (page: Page) => page.getByRole('main').getByRole('link', { name: /^Verder/ })

/** Takes a rated choice and reads past its feedback. */
async function chooseRated(page: Page, choiceId: string) {
  await choiceButton(page, choiceId).click()
  await expect(
    page.getByRole('heading', { level: 2, name: /Goede keuze|Dit kan, maar let op|Geen goede keuze/ }),
  ).toBeVisible()
  await verder(page).click()
}

test('the choice order stays the same after a reload, after "Terug", and when the learner leaves and resumes', async ({
  page,
  browser,
}) => {
  // Four accessibility checks and a second signed-in browser: more than the default minute on two busy cores.
  test.slow()
  const email = await registerLearner(page)
  await page.goto('/leren/kramer/huisarts')
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  await choiceButton(page, 'binnenroepen').click()
  await expect(sceneHeading(page, 'Wat je ziet')).toBeVisible()
  const attemptId = await attemptIdOf(page)
  const spreekkamer = await choiceIdsOnScreen(page)
  // The buttons stand in the order the engine computes for this attempt, and in the scene's place for choices.
  expect(spreekkamer).toEqual(engineOrder(attemptId, 'spreekkamer'))
  expect(spreekkamer.toSorted()).toEqual(authorOrder('spreekkamer').toSorted())
  await expectAccessible(page)

  await page.reload()
  await expect(sceneHeading(page, 'Wat je ziet')).toBeVisible()
  expect(await choiceIdsOnScreen(page)).toEqual(spreekkamer)

  await chooseRated(page, 'eerlijk')
  await expect(sceneHeading(page, 'Doorvragen')).toBeVisible()
  const doorvragen = await choiceIdsOnScreen(page)
  expect(doorvragen).toEqual(engineOrder(attemptId, 'doorvragen'))
  await expectAccessible(page)

  // "Terug" shows the earlier scene in the order it had; choosing again leads to the same order as before.
  await page.getByRole('button', { name: /Terug naar de vorige situatie/ }).click()
  await expect(sceneHeading(page, 'Wat je ziet')).toBeVisible()
  expect(await choiceIdsOnScreen(page)).toEqual(spreekkamer)
  await chooseRated(page, 'eerlijk')
  await expect(sceneHeading(page, 'Doorvragen')).toBeVisible()
  expect(await choiceIdsOnScreen(page)).toEqual(doorvragen)

  // Leaving for the wheel and coming back resumes with the last choice's feedback, then the same scene, same order.
  await page.goto('/leren/kramer')
  await page.goto('/leren/kramer/huisarts')
  await verder(page).click()
  await expect(sceneHeading(page, 'Doorvragen')).toBeVisible()
  expect(await choiceIdsOnScreen(page)).toEqual(doorvragen)

  // Resuming on another device (a new session, signed in afresh) shows the same order too: it is the attempt's.
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  await signIn(other, email, PASSWORD)
  await expect(other).toHaveURL(/\/leren$/)
  await other.goto('/leren/kramer/huisarts')
  await expectAccessible(other)
  await verder(other).click()
  await expect(sceneHeading(other, 'Doorvragen')).toBeVisible()
  expect(await choiceIdsOnScreen(other)).toEqual(doorvragen)
  await expectAccessible(other)
  await elsewhere.close()
})

test('new attempts get new orders: some attempt shows a scene in another order than the author wrote', async ({
  page,
  baseURL,
}) => {
  await registerLearner(page)
  await page.goto('/leren/kramer/huisarts')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  const author = authorOrder('spreekkamer')
  const seen: string[][] = []
  // With three choices an attempt keeps the author's order 1 time in 6; twelve attempts all keeping it would
  // happen about once in two billion runs.
  for (let attempt = 0; attempt < 12; attempt++) {
    await choiceButton(page, 'binnenroepen').click()
    await expect(sceneHeading(page, 'Wat je ziet')).toBeVisible()
    const order = await choiceIdsOnScreen(page)
    expect(order).toEqual(engineOrder(await attemptIdOf(page), 'spreekkamer'))
    seen.push(order)
    if (order.join() !== author.join()) break
    // Start a new attempt with the JSON twin of the start button (it abandons the unfinished one), then look again.
    const started = await page.request.post('/api/attempts', {
      data: { caseId: 'kramer', dilemmaId: 'huisarts' },
      headers: { origin: baseURL ?? '' },
    })
    expect(started.status()).toBe(201)
    await page.reload()
    await expect(sceneHeading(page, 'Maandagochtend in de praktijk')).toBeVisible()
  }
  expect(
    seen.some((order) => order.join() !== author.join()),
    `orders seen: ${JSON.stringify(seen)}`,
  ).toBe(true)

  // "Opnieuw spelen" after an ending starts an attempt of its own, with an order of its own.
  const firstAttempt = await attemptIdOf(page)
  await page.goto('/leren/kramer/huisarts')
  await expect(sceneHeading(page, 'Wat je ziet')).toBeVisible()
  await playRestOfAttempt(page)
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Opnieuw spelen' }).click()
  await choiceButton(page, 'binnenroepen').click()
  await expect(sceneHeading(page, 'Wat je ziet')).toBeVisible()
  const secondAttempt = await attemptIdOf(page)
  expect(secondAttempt).not.toBe(firstAttempt)
  expect(await choiceIdsOnScreen(page)).toEqual(engineOrder(secondAttempt, 'spreekkamer'))
})

/** From the "Wat je ziet" scene of huisarts, the passend way to the end (by choice id, never by position). */
async function playRestOfAttempt(page: Page) {
  await chooseRated(page, 'eerlijk')
  await chooseRated(page, 'kindcheck')
  await chooseRated(page, 'advies-vragen')
  await choiceButton(page, 'naar-gesprek').click()
  await chooseRated(page, 'samen-melden')
  await chooseRated(page, 'feiten')
  await expect(page.getByRole('heading', { level: 2, name: /^Einde: / })).toBeVisible()
}

/**
 * axe needs JavaScript in the page, so a page seen without it is checked by opening the same address in the
 * signed-in browser with JavaScript: the server renders the same screen, as the attempt's state lives there.
 */
async function expectAccessibleAlso(withScripts: Page, plain: Page) {
  await withScripts.goto(plain.url())
  await expect(withScripts.getByRole('main')).toHaveText((await plain.getByRole('main').textContent()) ?? '')
  await expectAccessible(withScripts)
}

async function withoutJavaScript(browser: Browser, signedIn: Page) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signedIn.context().storageState(),
  })
  return context.newPage()
}

test('the player works with JavaScript off: start, choose, read feedback, go on, go back, reach an ending', async ({
  page,
  browser,
}) => {
  test.slow()
  // Signing in needs JavaScript; the player does not. The session cookie moves to a browser without it.
  await registerLearner(page)
  const plain = await withoutJavaScript(browser, page)
  try {
    await plain.goto('/leren/kramer/huisarts')
    await expect(plain.getByRole('heading', { level: 1, name: 'Blauwe plekken' })).toBeVisible()
    await expectAccessibleAlso(page, plain)
    await plain.getByRole('button', { name: 'Begin dit dilemma' }).click()
    await expect(sceneHeading(plain, 'Maandagochtend in de praktijk')).toBeVisible()
    await expectAccessibleAlso(page, plain)
    await choiceButton(plain, 'binnenroepen').click()
    await expect(sceneHeading(plain, 'Wat je ziet')).toBeVisible()
    const attemptId = await attemptIdOf(plain)
    const order = await choiceIdsOnScreen(plain)
    expect(order).toEqual(engineOrder(attemptId, 'spreekkamer'))

    await choiceButton(plain, 'beloven').click()
    await expect(plain.getByRole('heading', { level: 2, name: 'Dit kan, maar let op' })).toBeVisible()
    await expectAccessibleAlso(page, plain)
    await verder(plain).click()
    await expect(sceneHeading(plain, 'Doorvragen')).toBeVisible()
    await plain.getByRole('button', { name: /Terug naar de vorige situatie/ }).click()
    await expect(sceneHeading(plain, 'Wat je ziet')).toBeVisible()
    expect(await choiceIdsOnScreen(plain)).toEqual(order)

    await playRestOfAttempt(plain)
    await expect(plain.getByText(/Je score: \d+%/)).toBeVisible()
    await expectAccessibleAlso(page, plain)
  } finally {
    await plain.context().close()
  }
})

test('the play helper reaches a passend and an onjuist ending by quality, wherever the choices stand', async ({
  page,
}) => {
  const wijkagent = getDilemma('kramer', 'wijkagent')
  test.slow()
  const outcomeOf = (title: string) =>
    wijkagent?.graph.nodes.find((node) => node.kind === 'ending' && node.title === title)
  await registerLearner(page)
  await page.goto('/leren/kramer/wijkagent')
  const best = await playToEnding(page, { aim: 'passend' })
  expect(outcomeOf(best)).toMatchObject({ outcome: 'passend' })
  await expect(page.getByText('Je score: 100%')).toBeVisible()
  await expectAccessible(page)
  // Again from the ending screen ("Opnieuw spelen"), now to the worst ending.
  const worst = await playToEnding(page, { aim: 'onjuist' })
  expect(outcomeOf(worst)).toMatchObject({ outcome: 'onjuist' })
  await expect(page.getByText('Je score: 0%')).toBeVisible()
  await expectAccessible(page)
})
