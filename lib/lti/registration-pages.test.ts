import { expect, test } from 'vitest'
import { registrationDonePage, registrationErrorPage } from './registration-pages.server'

// The pages at the end of a dynamic registration (ADR 038): the close message to the LMS under the request's nonce,
// a way back without scripts, escaped values, and refusals with a status and a machine-readable code.

test('the confirmation page tells the LMS to close, with the nonce, and works without scripts', async () => {
  const response = registrationDonePage(
    { name: 'Moodle <b>', issuer: 'https://moodle.school.nl', clientId: 'abc"def', deploymentId: '3' },
    'bm9uY2U=',
  )
  expect(response.status).toBe(200)
  const html = await response.text()
  expect(html).toContain('Deelwijs is geregistreerd')
  expect(html).toContain('<script nonce="bm9uY2U=">')
  expect(html).toContain("subject: 'org.imsglobal.lti.close'")
  expect(html).toContain('window.opener ||')
  expect(html).toContain('<noscript>')
  expect(html).toContain('Terug naar je leeromgeving')
  expect(html).toContain('Moodle &lt;b&gt;')
  expect(html).toContain('abc&quot;def')
  expect(html).not.toContain('<b>')
})

test('a refusal has its status, its code in a header and the page, and escapes the detail', async () => {
  const response = registrationErrorPage('issuer-mismatch', '<script>alert(1)</script>')
  expect(response.status).toBe(400)
  expect(response.headers.get('x-deelwijs-error')).toBe('issuer-mismatch')
  const html = await response.text()
  expect(html).toContain('Foutcode: <code>issuer-mismatch</code>')
  expect(html).not.toContain('<script>alert')
  expect(registrationErrorPage('link-used').status).toBe(409)
  expect(registrationErrorPage('link-expired').status).toBe(410)
  expect(registrationErrorPage('unknown-link').status).toBe(404)
})
