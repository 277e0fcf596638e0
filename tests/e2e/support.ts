import AxeBuilder from '@axe-core/playwright'
import { type Browser, expect, type Frame, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'deelwijs-demo'
export const DEMO = {
  learner: { email: 'deelnemer@demo.deelwijs.nl', home: '/leren', heading: /Welkom, Sanne de Vries/ },
  docent: { email: 'docent@demo.deelwijs.nl', home: '/klas', heading: /Mijn klassen/ },
  coordinator: { email: 'coordinator@demo.deelwijs.nl', home: '/rapportage', heading: /Rapportage/ },
  admin: { email: 'beheer@demo.deelwijs.nl', home: '/beheer', heading: /Beheer/ },
} as const

/** Fails on any serious or critical WCAG 2.x A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Check the settled page: right after a server action's update the <title> was once seen missing (a race, not the
  // page). A page that never gets a title still fails here.
  await expect(page).toHaveTitle(/\S/)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe violations on ${page.url()}`,
  ).toEqual([])
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`
}

/** The page's own alert message (Next adds an empty route announcer with role alert outside <main>). */
export function alertOf(page: Page) {
  return page.getByRole('main').getByRole('alert')
}

/** A second, independent visitor (own cookies), e.g. the person who receives an invitation. */
export async function newVisitor(browser: Browser) {
  const context = await browser.newContext()
  return context.newPage()
}

/**
 * From a dilemma's start screen, plays to an ending by always taking the first offered choice (and "Verder" after
 * feedback). Returns the ending's title. Fails if no ending is reached within `maxSteps` screens.
 */
export async function playToEnding(page: Page | Frame, maxSteps = 60): Promise<string> {
  await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
  const ending = page.getByRole('heading', { level: 2, name: /^Einde: / })
  const next = page.getByRole('main').getByRole('link', { name: /^Verder/ })
  const firstChoice = page.locator('main form:has(input[name=choiceId]) button[type=submit]').first()
  for (let step = 0; step < maxSteps; step++) {
    await expect(ending.or(next).or(firstChoice)).toBeVisible()
    if (await ending.isVisible()) return (await ending.textContent())?.replace(/^Einde: /, '') ?? ''
    // Wait for the next screen before looking again, so a slow response is never clicked twice.
    const before = await page.getByRole('main').textContent()
    if (await next.isVisible()) await next.click()
    else await firstChoice.click()
    await expect.poll(() => page.getByRole('main').textContent()).not.toBe(before)
  }
  throw new Error(`No ending reached within ${maxSteps} screens`)
}
