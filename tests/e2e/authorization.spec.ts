import { type Ids, type MatrixRole, type Outcome, ROLES, ROUTES } from '../authorization/matrix'
import { type Browser, type BrowserContext, DEMO, expect, inviteAccount, signIn, test } from './support'

// Requests every page and route handler of the app as every role (and the same roles from the other organisation)
// and checks the outcome against the matrix in tests/authorization/matrix.ts.

test.describe.configure({ mode: 'serial' })

const PASSWORD = 'een lange zin als wachtwoord'
const accounts: Partial<Record<MatrixRole, { email: string; password: string; totpSecret?: string }>> = {
  learner: { email: DEMO.learner.email, password: 'deelwijs-demo' },
  docent: { email: DEMO.docent.email, password: 'deelwijs-demo' },
  coordinator: { email: DEMO.coordinator.email, password: 'deelwijs-demo' },
  admin: { email: DEMO.admin.email, password: 'deelwijs-demo' },
}
let ids: Ids

const invite = (browser: Browser, organisation: string, role: string) =>
  inviteAccount(browser, { organisation, role, name: `Matrix ${role}`, password: PASSWORD })

test('set up: accounts in the other organisation, and the ids of the demo class and gemeente', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000)
  accounts.learnerElsewhere = await invite(browser, 'Gemeente Demodorp', 'Deelnemer')
  accounts.docentElsewhere = await invite(browser, 'Gemeente Demodorp', 'Docent')
  accounts.coordinatorElsewhere = await invite(browser, 'Hogeschool Demostad', 'Coördinator')
  accounts.docentSameOrg = await invite(browser, 'Hogeschool Demostad', 'Docent')
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
  expect(ids.classId).not.toBe('')
  expect(ids.gemeenteId).not.toBe('')
})

async function contextFor(browser: Browser, role: MatrixRole): Promise<BrowserContext> {
  const context = await browser.newContext()
  const account = accounts[role]
  if (account) {
    const page = await context.newPage()
    await signIn(page, account.email, account.password, { totpSecret: account.totpSecret })
    await expect(page).not.toHaveURL(/\/inloggen/)
    await page.close()
  }
  return context
}

function outcomeOf(status: number, finalPath: string, requested: string, kind: 'page' | 'route'): Outcome | string {
  if (finalPath === '/inloggen' && !requested.startsWith('/inloggen')) return 'login'
  if (status === 200) return 'allow'
  if (status === 401) return 'unauth'
  if (status === 403) return 'deny'
  if (status === 404) return 'notfound'
  if (status === 400) return 'invalid'
  return `${kind} answered ${status}`
}

for (const role of ROLES) {
  test(`the matrix holds for: ${role}`, async ({ browser, baseURL }) => {
    const context = await contextFor(browser, role)
    const mismatches: string[] = []
    for (const entry of ROUTES) {
      const url = entry.url(ids)
      const response =
        entry.method === 'POST'
          ? await context.request.post(url, {
              headers: { origin: baseURL ?? '' },
              data: entry.body ?? {},
            })
          : await context.request.get(url)
      const finalPath = new URL(response.url()).pathname
      const outcome = outcomeOf(response.status(), finalPath, url, entry.kind)
      if (outcome !== entry.expect[role])
        mismatches.push(`${entry.route} (${url}): expected ${entry.expect[role]}, got ${outcome}`)
    }
    await context.close()
    expect(mismatches, `${role}: routes that do not match the matrix`).toEqual([])
  })
}
