import { type Ids, type MatrixRole, type Outcome, ROLES, ROUTES } from '../authorization/matrix'
import {
  type Browser,
  type BrowserContext,
  DEMO,
  expect,
  inviteAccount,
  registerTestLms,
  signIn,
  TEST_LMS,
  test,
} from './support'

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

// People from the learning environment sign in by an LTI launch from the test platform (tests/servers/lti-platform.ts).
const LMS = TEST_LMS
const LIS = 'http://purl.imsglobal.org/vocab/lis/v2/'
const MATRIX_DEPLOYMENT = 'deployment-matrix'
const ltiLaunches: Partial<Record<MatrixRole, Record<string, string>>> = {
  ltiLearnerMixed: {
    user: 'matrix-mixed-learner',
    role: 'Learner',
    roles: [
      'membership#Learner',
      'institution/person#Instructor',
      'institution/person#Administrator',
      'system/person#Administrator',
      'membership/Learner#Instructor',
      'membership#Mentor',
    ]
      .map((role) => `${LIS}${role}`)
      .join(','),
    course: 'matrix-course-mixed',
  },
  ltiDocent: { user: 'matrix-lti-docent', role: 'Instructor', course: 'matrix-course-docent' },
}

/**
 * The admin registers a deployment of the test platform for the hogeschool: a deployment of its own, so the LTI test
 * in integrations.spec.ts can still register the first one in the same run.
 */
function registerTestPlatform(page: import('@playwright/test').Page) {
  return registerTestLms(page, 'Test-LMS matrix', MATRIX_DEPLOYMENT)
}

const invite = (browser: Browser, organisation: string, role: string) =>
  inviteAccount(browser, { organisation, role, name: `Matrix ${role}`, password: PASSWORD })

test('set up: accounts in the other organisation, and the ids of the demo class and gemeente', async ({
  browser,
  page,
}) => {
  // Four invitations and the LMS registration, each with its own sign-in.
  test.setTimeout(240_000)
  accounts.learnerElsewhere = await invite(browser, 'Gemeente Demodorp', 'Deelnemer')
  accounts.docentElsewhere = await invite(browser, 'Gemeente Demodorp', 'Docent')
  accounts.coordinatorElsewhere = await invite(browser, 'Hogeschool Demostad', 'Coördinator')
  accounts.docentSameOrg = await invite(browser, 'Hogeschool Demostad', 'Docent')
  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await registerTestPlatform(page)
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

async function contextFor(browser: Browser, role: MatrixRole, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext()
  const launch = ltiLaunches[role]
  if (launch) {
    const page = await context.newPage()
    const query = new URLSearchParams({
      kind: 'resource',
      ...launch,
      deployment: MATRIX_DEPLOYMENT,
      target: `${baseURL}/leren`,
    })
    await page.goto(`${LMS}/launch?${query}`)
    await expect(page).toHaveURL(`${baseURL}/leren`)
    await page.close()
  }
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
    const context = await contextFor(browser, role, baseURL ?? '')
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
