import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import { extractText, getDocumentProxy } from 'unpdf'
import {
  alertOf,
  type Browser,
  DEMO,
  expect,
  expectAccessible,
  newVisitor,
  type Page,
  playToEnding,
  signIn,
  test,
  uniqueEmail,
} from './support'

// The docent's whole loop: make a class, let students join with the code, assign a dilemma, follow progress,
// discuss the class's choices, and the student's certificate. Plus the boundary: another organisation's docent.

const PASSWORD = 'een lange zin als wachtwoord'

async function joinAsNewStudent(browser: Browser, code: string, name: string): Promise<Page> {
  const page = await newVisitor(browser)
  await page.goto(`/meedoen/${code}`)
  await page.getByRole('link', { name: 'Nieuw account maken' }).click()
  await expect(page.getByLabel('Klascode')).toHaveValue(code)
  await page.getByLabel('E-mailadres').fill(uniqueEmail('klas'))
  await page.getByLabel('Je naam').fill(name)
  await page.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page).toHaveURL(/\/leren$/)
  return page
}

test('a docent makes a class, a student joins and plays, the docent follows progress and discusses', async ({
  page,
  browser,
}) => {
  // A whole class journey with axe on every screen: 3.8 minutes was seen on two busy cores.
  test.setTimeout(360_000)
  const className = `Klas e2e ${Date.now()}`
  await signIn(page, DEMO.docent.email)
  await expect(page).toHaveURL(/\/klas$/)
  await expectAccessible(page)

  // Bad input first: a name that is too short.
  await page.getByLabel('Naam van de klas').fill('x')
  await page.getByRole('button', { name: 'Klas maken' }).click()
  await expect(alertOf(page)).toContainText('minstens 2 tekens')
  await expect(page.getByLabel('Naam van de klas')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('Naam van de klas').fill(className)
  await page.getByRole('button', { name: 'Klas maken' }).click()
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible()
  await expect(page.getByText('De klas is gemaakt')).toBeVisible()
  await expectAccessible(page)
  const code = (await page.locator('p.font-mono.text-3xl').textContent())?.trim() ?? ''
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  const classUrl = page.url().replace(/\?.*$/, '')

  await page.getByRole('link', { name: 'Toon de code en QR-code op het scherm' }).click()
  await expect(page.getByRole('img', { name: /QR-code met de link .*\/meedoen\// })).toBeVisible()
  await expectAccessible(page)

  // Assign the huisarts dilemma; a date in the past is refused first.
  await page.getByRole('link', { name: 'Opdrachten' }).click()
  await expectAccessible(page)
  await page.getByRole('checkbox', { name: /Blauwe plekken/ }).check()
  await page.getByLabel('Inleveren uiterlijk (niet verplicht)').fill('2020-01-01')
  await page.getByRole('button', { name: 'Klaarzetten' }).click()
  await expect(alertOf(page)).toContainText('verleden')
  const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10)
  await page.getByLabel('Inleveren uiterlijk (niet verplicht)').fill(nextWeek)
  await page.getByLabel('Toelichting voor de studenten (niet verplicht)').fill('Bespreken we donderdag.')
  await page.getByRole('button', { name: 'Klaarzetten' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('Het dilemma is klaargezet')
  await expect(page.getByRole('table', { name: /Opdrachten van/ })).toContainText('Blauwe plekken')

  // A new student joins through the link and sees the assignment.
  const student = await joinAsNewStudent(browser, code, 'Fenna Student')
  const assignment = student.getByRole('listitem').filter({ hasText: `Klas: ${className}` })
  await expect(assignment).toContainText('Niet gestart')
  await expect(assignment).toContainText('Bespreken we donderdag.')
  await expectAccessible(student)
  // Joining again with the code only says so.
  await student.getByLabel('Klascode').fill(code.toLowerCase())
  await student.getByRole('button', { name: 'Meedoen' }).click()
  await expect(student.getByText('Je zat al in deze klas')).toBeVisible()

  await assignment.getByRole('link', { name: 'Blauwe plekken' }).click()
  // playToEnding reads the dilemma from the address: wait for the navigation first.
  await expect(student).toHaveURL(/\/leren\/kramer\/huisarts$/)
  // First a run to an onjuist ending: afgerond, not behaald; no praise and no certificate on offer.
  await playToEnding(student, { aim: 'onjuist' })
  await expect(student.getByRole('main')).toContainText('Uitkomst: onjuist')
  await expect(student.getByRole('main')).toContainText('Zo pak je het aan')
  await expect(student.getByRole('main')).toContainText('Deze poging telt niet als behaald')
  await expect(student.getByRole('main')).not.toContainText(/Goed gedaan|Gefeliciteerd/)
  // Nothing in the page's own content offers a certificate (the footer's "Certificaat controleren" is for anyone).
  await expect(student.getByRole('main').getByRole('link', { name: /certifica/i })).toHaveCount(0)
  await expect(student.getByRole('main').getByRole('button', { name: /certifica/i })).toHaveCount(0)
  await student.goto('/leren')
  await expect(student.getByRole('listitem').filter({ hasText: `Klas: ${className}` })).toContainText(
    'Afgerond, niet behaald',
  )
  await expect(student.getByRole('main')).not.toContainText('Goed gedaan')
  await student.goto('/leren/certificaten')
  const classOption = student.getByRole('listitem').filter({ hasText: className })
  await expect(classOption).toContainText('0 van 1 dilemma’s behaald')
  await expect(classOption).toContainText('nog geen passend einde met minstens 70%')
  await expect(classOption.getByRole('button', { name: 'Certificaat maken' })).toHaveCount(0)
  await expectAccessible(student)

  // Then again to a passend ending: behaald.
  await student.goto('/leren/kramer/huisarts')
  await playToEnding(student)
  await expect(student.getByRole('main')).toContainText('Met deze poging heb je het dilemma behaald.')
  await student.goto('/leren')
  // A passend ending with at least 70%: behaald, and the only assignment, so the praise is earned.
  await expect(student.getByRole('listitem').filter({ hasText: `Klas: ${className}` })).toContainText('Behaald')
  await expect(student.getByText('Je hebt alle opdrachten behaald. Goed gedaan!')).toBeVisible()

  // The certificate: made, downloaded, parsed, and publicly verifiable.
  await student.goto('/leren/certificaten')
  await student.getByRole('button', { name: 'Certificaat maken' }).first().click()
  const downloadLink = student.getByRole('link', { name: 'Download PDF (certificaat)' }).first()
  await expect(downloadLink).toBeVisible()
  // Once made, the page offers the certificate itself, not "Certificaat maken" again.
  await student.reload()
  await expect(student.getByText('Je hebt dit certificaat al.')).toBeVisible()
  await expect(
    student.getByRole('listitem').filter({ hasText: className }).getByRole('button', { name: 'Certificaat maken' }),
  ).toHaveCount(0)
  const [download] = await Promise.all([student.waitForEvent('download'), downloadLink.click()])
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path()) ?? '')))
  const { text } = await extractText(pdf, { mergePages: true })
  expect(text).toContain('Fenna Student')
  expect(text).toContain(className)
  const verification = text.match(/DW-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? ''
  expect(verification).not.toBe('')
  const visitor = await newVisitor(browser)
  await visitor.goto(`/verifieer/${verification}`)
  await expect(visitor.getByRole('main')).toContainText('Fenna Student')
  await expect(visitor.getByRole('main')).toContainText('heeft behaald')
  await expect(visitor.getByRole('main')).not.toContainText('@')

  // Four more students answer, so the discussion view has enough answers to show.
  for (const name of ['Gijs', 'Hanna', 'Ilias', 'Jet']) {
    const other = await joinAsNewStudent(browser, code, `${name} Student`)
    await other.goto('/leren/kramer/huisarts')
    await playToEnding(other)
    await other.context().close()
  }

  // The docent sees completion, sorts, and exports.
  await page.goto(`${classUrl}/voortgang`)
  const matrix = page.getByRole('table', { name: /Voortgang van/ })
  await expect(matrix.getByRole('row', { name: /Fenna Student/ })).toContainText('Behaald')
  await expectAccessible(page)
  await page.getByRole('link', { name: /Laatst actief/ }).click()
  await expect(page.getByRole('columnheader', { name: /Laatst actief/ })).toHaveAttribute('aria-sort', 'ascending')
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download als CSV voor Excel (puntkomma’s)' }).click(),
  ])
  const csv = await readFile((await csvDownload.path()) ?? '', 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  const rows: string[][] = parse(csv, { bom: true, delimiter: ';' })
  expect(rows[0]).toEqual(expect.arrayContaining(['Naam', 'Blauwe plekken – status', 'Laatst actief']))
  expect(rows).toHaveLength(6)
  const fenna = rows.find((row) => row[0] === 'Fenna Student')
  expect(fenna?.[rows[0]?.indexOf('Blauwe plekken – status') ?? -1]).toBe('Behaald')
  expect(fenna?.[rows[0]?.indexOf('Blauwe plekken – behaald') ?? -1]).toBe('ja')

  // The discussion view shows how the class chose, without names.
  await page.goto(`${classUrl}/bespreken`)
  await expectAccessible(page)
  await page.getByRole('link', { name: /Blauwe plekken/ }).click()
  await expect(page.getByRole('table').first()).toBeVisible()
  await expect(page.getByRole('main')).not.toContainText('Fenna')
  await expectAccessible(page)

  // Removing a student asks first (a disclosure: its summary opens the question) and keeps their work. Cancelling
  // closes the question and gives focus back to the opener.
  await page.goto(classUrl)
  const opener = page.locator('summary', { hasText: 'Jet Student uit de klas halen' })
  await opener.click()
  await expect(page.getByText('Jet Student uit de klas halen? Wat deze student al deed')).toBeFocused()
  await page.getByRole('link', { name: 'Annuleren' }).click()
  await expect(page.getByRole('button', { name: 'Ja, uit de klas halen' })).toBeHidden()
  await expect(opener).toBeFocused()
  await opener.click()
  await page.getByRole('button', { name: 'Ja, uit de klas halen' }).click()
  await expect(page.getByRole('main').getByRole('status')).toContainText('blijft bewaard')
  await expect(page.getByRole('heading', { level: 2, name: 'Studenten (4)' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Studenten van/ })).not.toContainText('Jet Student')
})

test('a docent of another organisation cannot open the class, its export or its discussion', async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.docent.email)
  await page.getByRole('link', { name: 'SPH jaar 2 — groep A' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'SPH jaar 2 — groep A' })).toBeVisible()
  const classUrl = page.url()

  // The admin invites a docent of the gemeente, who registers.
  const admin = await newVisitor(browser)
  await signIn(admin, DEMO.admin.email)
  await expect(admin).toHaveURL(/\/beheer$/)
  await admin.goto('/beheer/uitnodigingen')
  await admin.getByLabel('E-mailadres').fill(uniqueEmail('docent-elders'))
  await admin.getByLabel('Organisatie').selectOption({ label: 'Gemeente Demodorp' })
  await admin.getByLabel('Rol').selectOption({ label: 'Docent' })
  await admin.getByRole('button', { name: 'Uitnodiging maken' }).click()
  const link = (await admin.locator('p.font-mono').textContent()) ?? ''
  const outsider = await newVisitor(browser)
  await outsider.goto(link)
  await outsider.getByLabel('Je naam').fill('Docent Elders')
  await outsider.getByLabel('Kies een wachtwoord').fill(PASSWORD)
  await outsider.getByRole('button', { name: 'Account maken' }).click()
  await expect(outsider).toHaveURL(/\/klas$/)
  await expect(outsider.getByRole('main')).not.toContainText('SPH jaar 2')

  for (const path of ['', '/opdrachten', '/voortgang', '/bespreken', '/code']) {
    const response = await outsider.goto(classUrl + path)
    expect(response?.status(), path).toBe(403)
    await expect(outsider.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible()
  }
  const csv = await outsider.request.get(`${classUrl}/voortgang/export`)
  expect(csv.status()).toBe(403)
  expect(await csv.json()).toMatchObject({ error: 'forbidden' })
  await expectAccessible(outsider)
})

test('expired-looking and unknown join links explain themselves', async ({ page }) => {
  const response = await page.goto('/meedoen/ZZZZ-ZZZZ')
  expect(response?.status()).toBe(200)
  await expect(page.getByText('Deze klascode bestaat niet')).toBeVisible()
  await expectAccessible(page)
  await page.goto('/meedoen/KLAS-2026')
  await expect(page.getByRole('heading', { level: 1, name: 'Meedoen met SPH jaar 2 — groep A' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Ik heb al een account: inloggen' })).toBeVisible()
  await expectAccessible(page)
})
