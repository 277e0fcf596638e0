import { type Ids, type MatrixRole, ROUTES } from '../authorization/matrix'
import { brokenReferences, clippedTextProblems, reflowProblems, targetSizeProblems } from './a11y'
import { type BrowserContext, DEMO, expect, expectAccessible, type Page, signIn, test } from './support'

// Page by page, every page of the authorization matrix (tests/authorization/matrix.ts) that the four roles and an
// anonymous visitor may open, each visited once by the first of them that may: on a 320 px wide screen, no sideways
// scrolling except inside a named focusable scroll region (1.4.10, 2.1.1); every target 24×24 px or spaced apart, links
// in running text exempt (2.5.8); every aria-describedby / aria-labelledby / aria-controls points at an element that
// exists (1.3.1, 4.1.2); nothing cut off with the text-spacing override (1.4.12); and axe. Runs in the PostgreSQL
// pass of CI only (playwright.config.ts), to keep CI time.

const ROLES_IN_ORDER = ['anonymous', 'learner', 'docent', 'coordinator', 'admin'] as const satisfies MatrixRole[]
const EMAIL: Record<Exclude<(typeof ROLES_IN_ORDER)[number], 'anonymous'>, string> = {
  learner: DEMO.learner.email,
  docent: DEMO.docent.email,
  coordinator: DEMO.coordinator.email,
  admin: DEMO.admin.email,
}

let ids: Ids

// The ids of the demo class and gemeente, for the pages that take them.
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await page.goto('/klas')
  const classHref = await page.getByRole('link', { name: 'SPH jaar 2 — groep A' }).getAttribute('href')
  await page.goto('/rapportage')
  const orgHref = await page
    .getByRole('navigation', { name: 'Organisatie kiezen' })
    .getByRole('link', { name: 'Gemeente Demodorp' })
    .getAttribute('href')
  ids = {
    classId: classHref?.split('/').pop() ?? '',
    gemeenteId: new URL(orgHref ?? '', 'http://x').searchParams.get('organisatie') ?? '',
  }
  await context.close()
  expect(ids.classId).not.toBe('')
})

/** The pages a role checks: those it may open and no role before it in ROLES_IN_ORDER may. */
function pagesOf(role: (typeof ROLES_IN_ORDER)[number]) {
  const earlier = ROLES_IN_ORDER.slice(0, ROLES_IN_ORDER.indexOf(role))
  return ROUTES.filter(
    (entry) =>
      entry.kind === 'page' &&
      entry.expect[role] === 'allow' &&
      !entry.route.endsWith('/export') &&
      earlier.every((r) => entry.expect[r] !== 'allow'),
  )
}

async function problemsOf(page: Page, url: string): Promise<string[]> {
  const response = await page.goto(url)
  expect(response?.status(), url).toBe(200)
  await page.waitForLoadState('networkidle')
  const problems = [
    ...(await reflowProblems(page)),
    ...(await targetSizeProblems(page)),
    ...(await brokenReferences(page)),
  ]
  await expectAccessible(page)
  problems.push(...(await clippedTextProblems(page)))
  return problems.map((problem) => `${url}: ${problem}`)
}

for (const role of ROLES_IN_ORDER) {
  test(`every page for ${role} at 320 px: reflow, targets, references, text spacing, axe`, async ({ browser }) => {
    const pages = pagesOf(role)
    test.setTimeout(60_000 + pages.length * 20_000)
    const context: BrowserContext = await browser.newContext({ viewport: { width: 320, height: 720 } })
    const page = await context.newPage()
    if (role !== 'anonymous') {
      await signIn(page, EMAIL[role])
      await expect(page).not.toHaveURL(/\/inloggen/)
    }
    expect(pages.length, `${role} has pages to check`).toBeGreaterThan(0)
    const problems: string[] = []
    for (const entry of pages) problems.push(...(await problemsOf(page, entry.url(ids))))
    await context.close()
    expect(problems).toEqual([])
  })
}
