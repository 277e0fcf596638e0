import { extractText, getDocumentProxy } from 'unpdf'
import { getCase } from '../../lib/scenarios/catalog.server'
import { DEMO, expect, expectAccessible, playToEnding, signIn, test } from './support'

// The docent material of a case (docs/decisions/024-content-rules-and-docent-material.md): the print view renders to
// an A4 PDF with the casusbeschrijving on page 1 and exactly one page per dilemma after it; the class discussion page
// shows a dilemma's material; a learner reads the reflection question on the ending screen.

const kramer = getCase('kramer')
if (!kramer) throw new Error('the catalog has no case kramer; run npm run scenarios:build')
const dilemmas = kramer.dilemmas

test('every dilemma of the case has docent material and a reflection question', () => {
  expect(dilemmas.length).toBe(8)
  for (const dilemma of dilemmas) {
    expect(dilemma.frontmatter.docent, `docent material of ${dilemma.id}`).toBeDefined()
    expect(dilemma.frontmatter.reflectie, `reflectie of ${dilemma.id}`).toBeTruthy()
  }
  expect(kramer.frontmatter.tijdlijn?.length ?? 0).toBeGreaterThan(0)
})

test('the print view of the case is one A4 page for the casus and one per dilemma', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.goto('/lesmateriaal/kramer')
  await expect(page.getByRole('heading', { level: 1, name: 'Lesmateriaal: De familie Kramer' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Casus: De familie Kramer' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Tijdlijn' })).toBeVisible()
  for (const dilemma of dilemmas) {
    const sheet = page.getByRole('article', { name: dilemma.frontmatter.title, exact: true })
    await expect(sheet.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible()
    await expect(sheet.getByRole('heading', { name: 'Vragen voor de bespreking' })).toBeVisible()
    await expect(sheet.getByRole('listitem')).not.toHaveCount(0)
  }
  await expectAccessible(page)

  // The site's chrome stays off paper.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' })).toBeHidden()

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(document, { mergePages: false })
  const pages = text.map((pageText) => pageText.replace(/\s+/g, ' '))
  // On failure, the start of every page shows which sheet ran over.
  expect(document.numPages, pages.map((t, i) => `page ${i + 1}: ${t.slice(0, 80)}`).join('\n')).toBe(
    1 + dilemmas.length,
  )
  expect(pages[0]).toContain('Casus: De familie Kramer')
  expect(pages[0]).toContain('Tijdlijn')
  expect(pages[0]).not.toContain('Hoofdmenu')
  dilemmas.forEach((dilemma, index) => {
    const onPage = pages[index + 1] ?? ''
    expect(onPage, `page ${index + 2}`).toContain(dilemma.frontmatter.title)
    expect(onPage, `page ${index + 2}`).toContain('Leerdoelen')
    expect(onPage, `page ${index + 2}`).toContain('Juridische kern')
    // Nothing of another dilemma spills onto this page.
    for (const other of dilemmas.filter((d) => d.id !== dilemma.id)) {
      expect(onPage, `page ${index + 2}`).not.toContain(`${other.frontmatter.summary.slice(0, 40)}`)
    }
  })
})

test('the class discussion page shows the dilemma’s material and links to the print view', async ({ page }) => {
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.goto('/klas')
  await page.getByRole('link', { name: 'SPH jaar 2 — groep A' }).click()
  await page.getByRole('link', { name: 'Bespreken' }).click()
  await expect(page.getByRole('link', { name: 'Lesmateriaal: De familie Kramer' })).toBeVisible()
  const huisarts = dilemmas.find((d) => d.id === 'huisarts')
  await page.goto(`${page.url()}/kramer/huisarts`)
  const material = page.getByRole('region', { name: 'Lesmateriaal' })
  await expect(material.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible()
  for (const question of huisarts?.frontmatter.docent?.vragen ?? []) await expect(material).toContainText(question)
  await expectAccessible(page)
  await material.getByRole('link', { name: /om te printen/ }).click()
  await expect(page).toHaveURL(/\/lesmateriaal\/kramer$/)
})

test('a learner reads the reflection question on the ending screen', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  const dilemma = dilemmas[0]
  if (!dilemma) throw new Error('no dilemma')
  await page.goto(`/leren/kramer/${dilemma.id}`)
  await playToEnding(page, { aim: 'onjuist' })
  const reflection = page.getByRole('region', { name: 'Om over na te denken' })
  await expect(reflection).toContainText(dilemma.frontmatter.reflectie ?? '')
  // Shown to think about, not a form: nothing is asked back.
  await expect(reflection.locator('form, textarea, input')).toHaveCount(0)
  await expectAccessible(page)
})

test('a learner cannot open the docent material', async ({ page }) => {
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  const response = await page.goto('/lesmateriaal/kramer')
  expect(response?.status()).toBe(403)
})
