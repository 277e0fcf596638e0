import { readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, playToEnding, test, uniqueEmail } from './support'

// Every written dilemma of every case plays in the browser from its start screen to an ending. The list comes from
// the scenario files, so a new dilemma is covered without touching this test.
const root = path.resolve('scenarios')
const dilemmas = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(path.join(root, dir.name))
      .filter((file) => file.endsWith('.mdx') && file !== 'case.mdx')
      .map((file) => ({ caseId: dir.name, dilemmaId: file.replace(/\.mdx$/, '') })),
  )

test.describe.configure({ mode: 'parallel' })

test.beforeEach(async ({ page }) => {
  await page.goto('/aanmelden?code=KLAS-2026')
  await page.getByLabel('E-mailadres').fill(uniqueEmail('speler'))
  await page.getByLabel('Je naam').fill('Speler Alles')
  await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord')
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page).toHaveURL(/\/leren$/)
})

for (const { caseId, dilemmaId } of dilemmas) {
  test(`the dilemma ${caseId}/${dilemmaId} plays from its start to an ending`, async ({ page }) => {
    await page.goto(`/leren/${caseId}/${dilemmaId}`)
    const ending = await playToEnding(page)
    expect(ending.length).toBeGreaterThan(0)
    await expect(page.getByText(/Je score: \d+%/)).toBeVisible()
    await page.goto(`/leren/${caseId}`)
    await expect(page.getByRole('link', { name: /(behaald|afgerond, nog niet behaald), score \d+%/ })).toHaveCount(1)
  })
}
