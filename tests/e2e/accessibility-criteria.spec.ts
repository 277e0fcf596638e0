import { brokenReferences, reflowProblems, targetSizeProblems } from './a11y'
import { DEMO, DEMO_PASSWORD, expect, expectAccessible, type Page, signIn, test } from './support'

// The five WCAG 2.2 success criteria an audit found failing (issue "from voldoet gedeeltelijk to status A"), each
// with the measurement that showed it. The page-by-page checks are in accessibility-pages.spec.ts.

test('1.3.1: a form field keeps its hint and gets its error in its description; the form id is stable', async ({
  page,
  request,
}) => {
  // The id the server renders is the id the browser keeps after hydration.
  const html = await (await request.get('/verifieer')).text()
  const serverId = /<form[^>]*\bid="([^"]+)"/.exec(html)?.[1]
  await page.goto('/verifieer')
  await expect(page.locator('form')).toHaveAttribute('id', serverId ?? 'no id in the server html')
  const field = page.getByLabel('Verificatiecode')
  await expect(field).toHaveAccessibleDescription(/Bijvoorbeeld DW-ABCD-EFGH/)
  await field.fill('x')
  await page.getByRole('button', { name: 'Controleren' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  // Both the hint and the error, each from an id that exists.
  await expect(field).toHaveAccessibleDescription(/Bijvoorbeeld DW-ABCD-EFGH.*\S/)
  const description = await field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? `missing #${id}`),
  )
  expect(description.length).toBe(2)
  expect(await brokenReferences(page)).toEqual([])
})

test('1.3.1: on /rapportage/inzicht every quality symbol has its word beside it', async ({ page }) => {
  await signIn(page, DEMO.coordinator.email)
  await page.goto('/rapportage/inzicht')
  await expect(page.getByRole('heading', { name: 'Alle beslismomenten' })).toBeVisible()
  const bare = await page.getByRole('main').evaluate((main) => {
    const found: string[] = []
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      if (!/[✓✗]|(^|\s)!\s/.test(text)) continue
      const around = node.parentElement?.closest('p, li, td, th, text, g, div')?.textContent ?? text
      if (!/passend|twijfelachtig|onjuist/i.test(around)) found.push(text.trim())
    }
    return found
  })
  expect(bare).toEqual([])
  const symbols = await page.getByRole('main').getByText(/[✓✗]/).count()
  expect(symbols, 'the demo data shows choices with a quality').toBeGreaterThan(0)
})

test('1.4.10: at 320 px a glossary definition stays on screen, and closes on Escape and when focus leaves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await signIn(page, DEMO.coordinator.email)
  // The feedback of every choice of this scene is shown here, with glossary terms ("meldrecht") in running text, some
  // of them near the right edge of a phone's screen.
  await page.goto('/rapportage/inzicht/kramer/mentor/advies')
  const terms = page.getByRole('main').locator('button.cursor-help[aria-controls][aria-expanded]')
  const count = await terms.count()
  expect(count, 'glossary terms on the page').toBeGreaterThan(0)
  for (let i = 0; i < count; i++) {
    const term = terms.nth(i)
    await term.click()
    const definition = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`)
    await expect(definition).toBeVisible()
    const box = await definition.boundingBox()
    const name = await term.textContent()
    expect(box?.x ?? -1, `${name}: left edge`).toBeGreaterThanOrEqual(0)
    expect((box?.x ?? 0) + (box?.width ?? 999), `${name}: right edge`).toBeLessThanOrEqual(320)
    expect(await reflowProblems(page), `${name} opened`).toEqual([])
    await term.press('Escape')
    await expect(definition).toBeHidden()
  }

  const term = page.getByRole('button', { name: 'meldrecht' }).first()
  const definition = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`)
  // Escape from inside the definition closes it and returns focus to the term.
  await term.click()
  const glossaryLink = definition.getByRole('link', { name: /Meer in de begrippenlijst/ })
  await glossaryLink.focus()
  await page.keyboard.press('Escape')
  await expect(definition).toBeHidden()
  await expect(term).toBeFocused()

  // Focus leaving the term and its definition closes it too.
  await term.press('Enter')
  await expect(definition).toBeVisible()
  await glossaryLink.focus()
  await page.keyboard.press('Tab')
  await expect(definition).toBeHidden()
})

test('2.5.8: at 320 px the links under a law reference, and every other target, are 24 px or spaced apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/achtergrond/toestemming')
  const lawRefs = page.locator('aside[aria-label^="Wet:"]')
  await expect(lawRefs.first()).toBeVisible()
  expect(await targetSizeProblems(page)).toEqual([])
  await signIn(page, DEMO.coordinator.email)
  await page.goto('/rapportage/inzicht/kramer/mentor/advies')
  await expect(lawRefs.first()).toBeVisible()
  // Both links of a reference, stacked on a phone: each at least 24 px high, or 24 px apart centre to centre.
  const links = lawRefs.first().getByRole('link')
  expect(await links.count()).toBe(2)
  const [first, second] = [await links.nth(0).boundingBox(), await links.nth(1).boundingBox()]
  const apart = Math.abs((second?.y ?? 0) + (second?.height ?? 0) / 2 - ((first?.y ?? 0) + (first?.height ?? 0) / 2))
  expect((first?.height ?? 0) >= 24 || apart >= 24 || (first?.y ?? 0) === (second?.y ?? 0)).toBe(true)
  expect(await targetSizeProblems(page)).toEqual([])
})

test('2.1.1: at 320 px the wide report tables scroll in a named region that takes keyboard focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await signIn(page, DEMO.coordinator.email)
  for (const path of ['/rapportage', '/rapportage/medewerkers']) {
    await page.goto(path)
    await expect(page.getByRole('main').locator('table').first()).toBeVisible()
    expect(await reflowProblems(page), path).toEqual([])
    // The box around the first table too wide for the screen: a named region that Tab reaches and arrows scroll.
    const marked = await page.evaluate(() => {
      const wide = Array.from(document.querySelectorAll('main table'))
        .map((table) => table.parentElement)
        .find((box) => box && box.scrollWidth > box.clientWidth + 1)
      wide?.setAttribute('data-wide-table', '')
      return Boolean(wide)
    })
    expect(marked, `${path} has a table wider than 320 px`).toBe(true)
    const region = page.locator('[data-wide-table]')
    await expect(region).toHaveRole('region')
    await expect(region).toHaveAccessibleName(/\S/)
    await expect(region).toHaveAttribute('tabindex', '0')
    await region.focus()
    await expect(region).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), path).toBeGreaterThan(0)
  }
})

/** Signs the demo learner in through the form on the page as it is (keeps the page's ?terug=). */
async function signInHere(page: Page) {
  await page.getByLabel('E-mailadres').fill(DEMO.learner.email)
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
}

/**
 * Waits until React has taken over the server-rendered page (the session warning's timers start then): moving the
 * clock before that would start them from the moved time.
 */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const watch = document.querySelector('[data-session-watch]')
    return watch !== null && Object.keys(watch).some((key) => key.startsWith('__reactFiber'))
  })
  await page.waitForTimeout(250)
}

const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'))?.value

test('2.2.1: two minutes before the idle end a warning offers "Blijf ingelogd", which extends the session', async ({
  page,
}) => {
  // The browser's clock runs ahead; the session itself lasts SESSION_IDLE_MINUTES (120 by default).
  await page.clock.install()
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  // A fresh load: after the client-side navigation of the sign-in, the warning asks the server what is left, and an
  // answer arriving after the clock has moved would restart its timers mid-test.
  await page.goto('/leren')
  await hydrated(page)
  const before = await sessionCookie(page)
  await page.clock.fastForward('01:57:30')
  await expect(page.getByRole('alertdialog')).toBeHidden()
  await page.clock.fastForward('00:00:40')
  const warning = page.getByRole('alertdialog', { name: /sessie/i })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText(/over 2 minuten/i)
  const stay = warning.getByRole('button', { name: 'Blijf ingelogd' })
  await expect(stay).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(warning).toBeHidden()
  await expect(page.locator('[data-session-watch]').filter({ hasText: 'Je blijft ingelogd' })).toBeAttached()
  // The server issued a fresh session cookie, so the idle limit starts again.
  await expect.poll(() => sessionCookie(page)).not.toBe(before)
  await page.clock.fastForward('01:57:30')
  await expect(warning).toBeHidden()
  // Unanswered, the warning turns into "sessie verlopen" with a way back to this page after signing in.
  await page.clock.fastForward('00:03:00')
  await expect(warning).toBeVisible()
  const again = warning.getByRole('link', { name: 'Opnieuw inloggen' })
  await expect(again).toHaveAttribute('href', '/inloggen?terug=%2Fleren&verlopen=1')
})

test('2.2.1: a form sent after the session ended keeps what was typed, says why, and returns to the page', async ({
  page,
}) => {
  await signIn(page, DEMO.learner.email)
  await expect(page).toHaveURL(/\/leren$/)
  await page.getByLabel('Klascode').fill('WXYZ-ABCD')
  // The session ends (idle, absolute, or signed out elsewhere): the cookie is gone.
  await page.context().clearCookies({ name: /next-auth\.session-token$/ })
  await page.getByRole('button', { name: 'Meedoen' }).click()
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fleren&verlopen=1/)
  await expect(page.getByRole('main')).toContainText('Je sessie is verlopen')
  await expect(page.getByRole('main')).toContainText('bewaard')
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))
  expect(stored).toContain('WXYZ-ABCD')
  expect(stored).not.toContain(DEMO_PASSWORD)
  await signInHere(page)
  await expect(page).toHaveURL(/\/leren$/)
  await expect(page.getByLabel('Klascode')).toHaveValue('WXYZ-ABCD')
  await expect(page.getByRole('main')).toContainText('Wat je had ingevuld staat er weer')
})

test('2.4.3 and 3.3.1: after a refused sign-in focus is on the message and both fields are marked invalid', async ({
  page,
}) => {
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(DEMO.learner.email)
  await page.getByLabel('Wachtwoord').fill('not-the-password')
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  const message = page.getByRole('main').getByRole('alert')
  await expect(message).toBeVisible()
  await expect(message).toBeFocused()
  for (const label of ['E-mailadres', 'Wachtwoord']) {
    await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel(label)).toHaveAccessibleDescription((await message.textContent()) ?? 'the message')
  }
  expect(await brokenReferences(page)).toEqual([])
})

test('2.4.3: after a refused registration focus is on the message, and each field is tied to its error', async ({
  page,
}) => {
  await page.goto('/aanmelden')
  await page.getByRole('button', { name: 'Account maken' }).click()
  await expect(page.locator(':focus')).toContainText('Aanmelden is niet gelukt')
  const code = page.getByLabel('Klascode')
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  // The hint stays in the description, the error is added to it.
  await expect(code).toHaveAccessibleDescription(/Bijvoorbeeld KLAS-2026.*\S/)
  expect(await brokenReferences(page)).toEqual([])
})

test('2.4.3: cancelling "account uitschakelen" returns focus to the button that asked', async ({ page }) => {
  await signIn(page, DEMO.admin.email)
  await expect(page).toHaveURL(/\/beheer$/)
  await page.goto('/beheer/gebruikers')
  await page.getByLabel('Naam of e-mailadres').fill(DEMO.learner.email)
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await page.getByRole('link', { name: 'Sanne de Vries' }).click()
  await page.getByRole('link', { name: 'Account uitschakelen' }).click()
  // The question takes focus; "Annuleren" brings it back to where the person was.
  await expect(page.locator('legend')).toBeFocused()
  await page.getByRole('link', { name: 'Annuleren' }).click()
  await expect(page.getByRole('link', { name: 'Account uitschakelen' })).toBeFocused()
})

test('the accessibility statement states the status the audit record supports, with no known problems left', async ({
  page,
}) => {
  await page.goto('/toegankelijkheid')
  await expect(page.getByText('Status A: Deelwijs voldoet volledig')).toBeVisible()
  await expect(page.getByRole('main')).toContainText('Er zijn op dit moment geen bekende problemen')
  await expectAccessible(page)
})
