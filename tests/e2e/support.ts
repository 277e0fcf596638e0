import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, test as base, expect, type Frame, type Page } from '@playwright/test'
import type { PlayGraph, Quality } from '../../lib/engine/graph'
import { findNode, nextState, offeredChoices, type PlayState } from '../../lib/engine/moves'
import { scoreAttempt } from '../../lib/engine/scoring'
import { getDilemma } from '../../lib/scenarios/catalog.server'
import { currentTotp, DEMO_TOTP_SECRET, msUntilNextTotp } from '../support/totp'

export const DEMO_PASSWORD = 'deelwijs-demo'
/** Every password the suite types; none of them may ever appear in a URL the browser requests. */
export const TEST_PASSWORDS = [DEMO_PASSWORD, 'een lange zin als wachtwoord', 'not-the-password']

export type { Browser, BrowserContext, Frame, Page }
export { expect }

/** True when a URL carries a password: a password or wachtwoord parameter, or one of the suite's passwords. */
export function urlCarriesPassword(url: string): boolean {
  let decoded = url
  try {
    decoded = decodeURIComponent(url.replaceAll('+', ' '))
  } catch {}
  return /[?&;#](password|wachtwoord|new-?password)=/i.test(decoded) || TEST_PASSWORDS.some((p) => decoded.includes(p))
}

/**
 * The suite's `test`: Playwright's, plus an automatic check after every test that no request any browser context made
 * during it (the test's own and every context opened with browser.newContext) carried a password in its URL. A form
 * without a method sends its fields in the URL when submitted before hydration or without JavaScript.
 */
export const test = base.extend<{ noPasswordInUrls: undefined }>({
  noPasswordInUrls: [
    async ({ context, browser }, use) => {
      const urls: string[] = []
      const watch = (watched: BrowserContext) => watched.on('request', (request) => urls.push(request.url()))
      watch(context)
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (...args) => {
        const created = await newContext(...args)
        watch(created)
        return created
      }
      await use(undefined)
      browser.newContext = newContext
      expect(urls.filter(urlCarriesPassword), 'requests with a password in the URL').toEqual([])
    },
    { auto: true },
  ],
})
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

/** The demo accounts whose role requires a second factor; the seed gives them DEMO_TOTP_SECRET. */
const WITH_SECOND_FACTOR: readonly string[] = [DEMO.admin.email, DEMO.coordinator.email]

// The demo admin and coordinator sign in dozens of times in one run, from parallel workers, and each TOTP code is
// accepted once: so the helper asks to remember the device the first time and later sign-ins bring that cookie, as a
// person on their own computer would. The cookie is shared between workers through a file for this run's port.
const DEVICES_FILE = path.join(os.tmpdir(), `deelwijs-e2e-devices-${process.env.E2E_PORT ?? 3100}.json`)
type SavedCookie = Parameters<BrowserContext['addCookies']>[0][number]

function savedDevices(): Record<string, SavedCookie> {
  try {
    return JSON.parse(readFileSync(DEVICES_FILE, 'utf8')) as Record<string, SavedCookie>
  } catch {
    return {}
  }
}

/**
 * Signs in through the form. For the demo admin and coordinator (with the demo password), or when `totpSecret` is
 * given, it also answers the second step with the current code, like a person with the app would.
 */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  { totpSecret }: { totpSecret?: string } = {},
) {
  const demo = !totpSecret && WITH_SECOND_FACTOR.includes(email) && password === DEMO_PASSWORD
  const device = demo ? savedDevices()[email] : undefined
  if (device) await page.context().addCookies([device])
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  const secret = totpSecret ?? (demo ? DEMO_TOTP_SECRET : undefined)
  if (!secret) return
  // A remembered device goes straight through; otherwise the code is asked.
  await page.waitForURL((url) => url.pathname !== '/inloggen')
  if (!new URL(page.url()).pathname.startsWith('/inloggen/tweestaps')) return
  await answerSecondFactor(page, secret, { remember: demo })
  if (!demo) return
  const remembered = (await page.context().cookies()).find((c) => c.name.endsWith('deelwijs-apparaat'))
  if (remembered) writeFileSync(DEVICES_FILE, JSON.stringify({ ...savedDevices(), [email]: remembered }))
}

/**
 * Answers the "Code invullen" step. A code is accepted once (replay protection), and the suite may sign the same demo
 * account in twice within one 30-second period: then the next period's code (accepted for clock drift) is used, and
 * if that was taken too, the helper waits for a fresh one.
 */
export async function answerSecondFactor(page: Page, secret: string, { remember = false } = {}) {
  await expect(page).toHaveURL(/\/inloggen\/tweestaps/)
  const terug = new URL(page.url()).searchParams.get('terug')
  const stepPage = `/inloggen/tweestaps${terug ? `?terug=${encodeURIComponent(terug)}` : ''}`
  for (const tryNumber of [0, 1, 2, 3]) {
    if (tryNumber > 0) {
      await page.goto(stepPage)
      // A slow page may have sent the form twice: the first code let the session through, the second was refused as
      // used. The step page then sends a finished sign-in on, and there is nothing left to answer.
      if (!new URL(page.url()).pathname.startsWith('/inloggen/tweestaps')) return
    }
    if (tryNumber >= 2) await page.waitForTimeout(msUntilNextTotp())
    // Checked again on every try: a retry reloads the step page.
    if (remember) await page.getByLabel(/dagen onthouden/).check()
    await page.getByLabel('Code', { exact: true }).fill(currentTotp(secret, tryNumber === 1 ? 1 : 0))
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    // On to the page asked for, or back here with the reason (?fout=…).
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen/tweestaps') || url.searchParams.has('fout'))
    if (!new URL(page.url()).pathname.startsWith('/inloggen/tweestaps')) return
  }
  throw new Error('The second step refused every code')
}

/** The port of the test SMTP server a mail spec starts; the app sends to it (SMTP_URL in playwright.config.ts). */
export const E2E_SMTP_PORT = Number(process.env.E2E_PORT ?? 3100) + 50

/** Reads the key off the enrolment page, confirms it with a code computed from it, and returns key and codes. */
export async function enrolSecondFactor(page: Page) {
  const written = await page
    .getByRole('main')
    .locator('p', { hasText: /^Sleutel:/ })
    .textContent()
  const key = written?.replace('Sleutel:', '').replace(/\s/g, '') ?? ''
  expect(key).toMatch(/^[A-Z2-7]{32}$/)
  await page.getByLabel('Code uit je app').fill(currentTotp(key))
  await page.getByRole('button', { name: 'Tweestapsverificatie aanzetten' }).click()
  await expect(page.getByRole('status')).toContainText('Tweestapsverificatie staat aan')
  const codes = await page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem').allTextContents()
  expect(codes).toHaveLength(10)
  return { key, codes }
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

/** The test LMS (tests/servers/lti-platform.ts), started beside the app by playwright.config.ts. */
export const TEST_LMS = 'http://localhost:3130'

/**
 * A signed-in admin registers a deployment of the test LMS for Hogeschool Demostad at /beheer/lti. Each test gives a
 * deployment of its own, so the tests that register the test LMS do not stand in each other's way.
 */
export async function registerTestLms(admin: Page, name: string, deployment: string) {
  await admin.goto('/beheer/lti')
  await admin.getByLabel('Naam', { exact: true }).fill(name)
  await admin.getByLabel('Organisatie').selectOption({ label: 'Hogeschool Demostad' })
  await admin.getByLabel('Issuer (Platform ID)').fill(TEST_LMS)
  await admin.getByLabel('Client ID').fill('deelwijs-test-tool')
  await admin.getByLabel('Deployment ID').fill(deployment)
  await admin.getByLabel('Authenticatie-URL (OIDC auth endpoint)').fill(`${TEST_LMS}/auth`)
  await admin.getByLabel('Access-token-URL').fill(`${TEST_LMS}/token`)
  await admin.getByLabel('Public keyset-URL van de leeromgeving').fill(`${TEST_LMS}/jwks`)
  await admin.getByRole('button', { name: 'Koppelen' }).click()
  await expect(admin.getByRole('status')).toContainText(`${name} is geregistreerd.`)
}

/** Which ending the player helper plays towards: the best one it can reach, or the worst. */
export type Aim = 'passend' | 'onjuist'

const OUTCOME_RANK: Record<Quality, number> = { onjuist: 0, twijfelachtig: 1, passend: 2 }

type Plan = { rank: number; score: number; choiceId?: string }

/**
 * The choice to take now on the way to the best (aim passend) or worst (aim onjuist) reachable ending: ranked by the
 * ending's outcome, then by the score of the whole path. Looked up in the catalog's graph, so the choice's place on
 * the screen (which is shuffled per attempt) plays no part. Ties go to the author's first choice.
 */
function plan(graph: PlayGraph, state: PlayState, qualities: (Quality | undefined)[], aim: Aim, depth = 0): Plan {
  const node = findNode(graph, state.scene)
  if (node?.kind === 'ending') return { rank: OUTCOME_RANK[node.outcome], score: scoreAttempt(qualities) ?? 0 }
  const better = (a: Plan, b: Plan) => {
    const sign = aim === 'passend' ? 1 : -1
    return sign * (a.rank - b.rank || a.score - b.score) > 0
  }
  let best: Plan | undefined
  if (depth < 40) {
    for (const choice of offeredChoices(graph, state)) {
      const next = nextState(graph, state, choice.id)
      if (!next.ok) continue
      const outcome = plan(graph, next, [...qualities, next.quality], aim, depth + 1)
      if (!best || better(outcome, best)) best = { ...outcome, choiceId: choice.id }
    }
  }
  return best ?? { rank: aim === 'passend' ? -1 : 99, score: 0 }
}

/**
 * From a dilemma's start (or ending) screen, plays a new attempt to an ending by choosing by quality from the catalog (see plan), never by
 * position, and "Verder" after feedback. Returns the ending's title. Fails if no ending is reached within
 * `maxSteps` screens. The page (or frame) must be at /leren/<case>/<dilemma>.
 */
export async function playToEnding(
  page: Page | Frame,
  { aim = 'passend', maxSteps = 60 }: { aim?: Aim; maxSteps?: number } = {},
): Promise<string> {
  const [, caseId, dilemmaId] = new URL(page.url()).pathname.match(/^\/leren\/([^/]+)\/([^/?]+)/) ?? []
  const dilemma = caseId && dilemmaId ? getDilemma(caseId, dilemmaId) : undefined
  if (!dilemma) throw new Error(`playToEnding needs a dilemma page, not ${page.url()}`)
  const graph = dilemma.graph
  let state: PlayState = { scene: graph.start, flags: [] }
  const qualities: (Quality | undefined)[] = []

  // A fresh attempt: from the start screen, or from the ending screen of an earlier one. Coming back to a finished
  // attempt shows the feedback on its last choice first; "Verder" leads to its ending.
  const start = page.getByRole('button', { name: /^(Begin dit dilemma|Opnieuw spelen)$/ })
  const next = page.getByRole('main').getByRole('link', { name: /^Verder/ })
  await expect(start.or(next)).toBeVisible()
  if (!(await start.isVisible())) await next.click()
  await start.click()
  const ending = page.getByRole('heading', { level: 2, name: /^Einde: / })
  const anyChoice = page.locator('main form:has(input[name=choiceId]) button[type=submit]').first()
  // The first screen of an attempt is a scene; wait for it, so an earlier ending still on screen is not taken.
  await expect(anyChoice).toBeVisible()
  for (let step = 0; step < maxSteps; step++) {
    await expect(ending.or(next).or(anyChoice)).toBeVisible()
    if (await ending.isVisible()) return (await ending.textContent())?.replace(/^Einde: /, '') ?? ''
    // Wait for the next screen before looking again, so a slow response is never clicked twice.
    const before = await page.getByRole('main').textContent()
    if (await next.isVisible()) await next.click()
    else {
      const shown = await choiceIdsOnScreen(page)
      const offered = offeredChoices(graph, state).map((choice) => choice.id)
      expect(shown.toSorted(), `the choices of scene ${state.scene}`).toEqual(offered.toSorted())
      const { choiceId } = plan(graph, state, qualities, aim)
      const result = choiceId ? nextState(graph, state, choiceId) : undefined
      if (!choiceId || !result?.ok) throw new Error(`No way on from scene ${state.scene}`)
      await choiceButton(page, choiceId).click()
      state = { scene: result.scene, flags: result.flags }
      qualities.push(result.quality)
    }
    await expect.poll(() => page.getByRole('main').textContent()).not.toBe(before)
  }
  throw new Error(`No ending reached within ${maxSteps} screens`)
}

/** The submit button of the form that makes this choice (found by its hidden choiceId, not by its place). */
export function choiceButton(page: Page | Frame, choiceId: string) {
  return page.locator(`main form:has(input[name=choiceId][value="${choiceId}"]) button[type=submit]`)
}

/** The choice ids of the choice buttons on screen, top to bottom (read without page scripts, so also with JS off). */
export async function choiceIdsOnScreen(page: Page | Frame): Promise<string[]> {
  const inputs = await page.locator('main form input[name=choiceId]').all()
  return Promise.all(inputs.map(async (input) => (await input.getAttribute('value')) ?? ''))
}

/**
 * A new account made the way people get one: the demo admin invites the address into the organisation with the role
 * (labels as the invitation form shows them), and the invitee opens the link and chooses a name and password.
 */
export async function inviteAccount(
  browser: Browser,
  { organisation, role, name, password = 'een lange zin als wachtwoord' }: InviteSpec,
) {
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await admin.goto('/beheer/uitnodigingen')
  const email = uniqueEmail(
    `invite-${role
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase()}`,
  )
  await admin.getByLabel('E-mailadres').fill(email)
  await admin.getByLabel('Organisatie').selectOption({ label: organisation })
  await admin.getByLabel('Rol').selectOption({ label: role })
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click()
  const link = (await admin.locator('p.font-mono').textContent()) ?? ''
  await admin.context().close()
  const invitee = await newVisitor(browser)
  await invitee.goto(link)
  await invitee.getByLabel('Je naam').fill(name)
  await invitee.getByLabel('Kies een wachtwoord').fill(password)
  await invitee.getByRole('button', { name: 'Account maken' }).click()
  await expect(invitee).not.toHaveURL(/uitnodiging/)
  // A coordinator or admin sets up the second factor first (ADR 023); later sign-ins answer its code.
  const totpSecret = ['Coördinator', 'Beheerder'].includes(role) ? (await enrolSecondFactor(invitee)).key : undefined
  await invitee.context().close()
  return { email, password, name, totpSecret }
}
type InviteSpec = { organisation: string; role: string; name: string; password?: string }
