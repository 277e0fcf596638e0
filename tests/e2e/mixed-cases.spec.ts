import { readFile } from 'node:fs/promises'
import { extractText, getDocumentProxy } from 'unpdf'
import { DEMO, expect, expectAccessible, newVisitor, playToEnding, signIn, test, uniqueEmail } from './support'

// One class, two cases: a docent assigns a Kramer and a Brouwer dilemma, a student plays both, the matrix names each
// column's case, the class certificate lists both cases, and the coordinator reads the report per case.

const PASSWORD = 'een lange zin als wachtwoord'
const KRAMER = { title: 'Blauwe plekken', path: '/leren/kramer/huisarts', caseTitle: 'De familie Kramer' }
const BROUWER = {
  title: 'Wat hoeft het team te weten?',
  path: '/leren/brouwer/school',
  caseTitle: 'Het huishouden Brouwer',
}

test('a class mixing Kramer and Brouwer: matrix, certificate and reports show both cases', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  const className = `Gemengde klas ${Date.now()}`
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await page.getByLabel('Naam van de klas').fill(className)
  await page.getByRole('button', { name: 'Klas maken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible()
  const code = (await page.locator('p.font-mono.text-3xl').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  const classUrl = page.url().replace(/\?.*$/, '')

  // One dilemma from each case, in one go.
  await page.getByRole('link', { name: 'Opdrachten' }).click()
  await page
    .getByRole('group', { name: `Casus: ${KRAMER.caseTitle}` })
    .getByRole('checkbox', { name: new RegExp(KRAMER.title) })
    .check()
  await page
    .getByRole('group', { name: `Casus: ${BROUWER.caseTitle}` })
    .getByRole('checkbox', { name: new RegExp(BROUWER.title.replace('?', '\\?')) })
    .check()
  await page.getByRole('button', { name: 'Klaarzetten' }).click()
  const assigned = page.getByRole('table', { name: /Opdrachten van/ })
  await expect(assigned).toContainText(KRAMER.title)
  await expect(assigned).toContainText(BROUWER.title)

  // A student joins with the code and plays both to a passend ending.
  const student = await newVisitor(browser)
  await student.goto(`/meedoen/${code}`)
  await student.getByRole('link', { name: 'Nieuw account maken' }).click()
  await student.getByLabel('E-mailadres').fill(uniqueEmail('gemengd'))
  await student.getByLabel('Je naam').fill('Mats Gemengd')
  await student.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await student.getByRole('button', { name: 'Account maken' }).click()
  await expect(student).toHaveURL(/\/leren$/)
  await expect(student.getByRole('main')).toContainText(KRAMER.title)
  await expect(student.getByRole('main')).toContainText(BROUWER.title)
  for (const dilemma of [KRAMER, BROUWER]) {
    await student.goto(dilemma.path)
    await playToEnding(student)
    await expect(student.getByRole('main')).toContainText('Met deze poging heb je het dilemma behaald.')
  }

  // The matrix: both columns, each naming its case, both behaald.
  await page.goto(`${classUrl}/voortgang`)
  const matrix = page.getByRole('table', { name: /Voortgang van/ })
  for (const dilemma of [KRAMER, BROUWER]) {
    await expect(matrix.getByRole('columnheader', { name: new RegExp(dilemma.caseTitle) })).toContainText(dilemma.title)
  }
  await expect(matrix.getByRole('row', { name: /Mats Gemengd/ })).toContainText('2 van 2 behaald')
  await expectAccessible(page)

  // One class certificate that lists both cases: on the page, in the PDF and on the public verification page.
  await student.goto('/leren/certificaten')
  const option = student.getByRole('listitem').filter({ hasText: `Opdrachten van klas ${className}` })
  await expect(option).toContainText(`Casussen: ${KRAMER.caseTitle}, ${BROUWER.caseTitle}`)
  await expect(option).toContainText('2 van 2 dilemma’s behaald')
  await expectAccessible(student)
  await option.getByRole('button', { name: 'Certificaat maken' }).click()
  // Made: it shows up under "Mijn certificaten" and in its option, both with the same link.
  const downloadLink = option.getByRole('link', { name: 'Download PDF (certificaat)' }).first()
  await expect(downloadLink).toBeVisible()
  const [download] = await Promise.all([student.waitForEvent('download'), downloadLink.click()])
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path()) ?? '')))
  const { text } = await extractText(pdf, { mergePages: true })
  expect(text).toContain(`Casussen: ${KRAMER.caseTitle}, ${BROUWER.caseTitle}`)
  expect(text).toContain(KRAMER.title)
  expect(text).toContain(BROUWER.title)
  const verification = text.match(/DW-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? ''
  expect(verification).not.toBe('')
  const visitor = await newVisitor(browser)
  await visitor.goto(`/verifieer/${verification}`)
  await expect(visitor.getByRole('main')).toContainText(`${KRAMER.caseTitle}, ${BROUWER.caseTitle}`)
  await expect(visitor.getByRole('main')).toContainText('Casussen')
  await expectAccessible(visitor)

  // The coordinator reads the completion report per case and in total; an unknown case is a message, not an error.
  const coordinator = await newVisitor(browser)
  await signIn(coordinator, DEMO.coordinator.email)
  await expect(coordinator).toHaveURL(/\/rapportage$/)
  const perDilemma = coordinator.getByRole('table', { name: 'Voltooiing per dilemma' })
  await expect(perDilemma.getByRole('columnheader', { name: 'Casus' })).toBeVisible()
  await expect(perDilemma).toContainText(KRAMER.caseTitle)
  await coordinator.getByLabel('Casus', { exact: true }).selectOption({ label: KRAMER.caseTitle })
  await coordinator.getByRole('button', { name: 'Filters toepassen' }).click()
  await expect(coordinator).toHaveURL(/casus=kramer/)
  await expect(coordinator.getByLabel('Casus', { exact: true })).toHaveValue('kramer')
  await expect(perDilemma).toContainText(KRAMER.title)
  await expect(perDilemma).not.toContainText(BROUWER.caseTitle)
  await expectAccessible(coordinator)
  await coordinator.goto('/rapportage?casus=bestaat-niet')
  await expect(coordinator.locator('#casus-fout')).toContainText('Deze casus bestaat niet')
  await expect(coordinator.getByLabel('Casus', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(coordinator.getByRole('table', { name: 'Voltooiing per dilemma' })).toHaveCount(0)
  await expectAccessible(coordinator)
})
