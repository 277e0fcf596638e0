import { expect, test } from 'vitest'
import { addressAllowed, type FetchPolicy, urlAllowed } from './outbound-fetch.server'

// What dynamic registration may fetch (ADR 038): the scheme and host rules, and the addresses a name may resolve to.

const production: FetchPolicy = { allowLocalhost: false, allowPrivate: false, timeoutMs: 1000, maxBytes: 1024 }
const development: FetchPolicy = { ...production, allowLocalhost: true }

test('https only; http only for localhost, and only where the policy allows it', () => {
  expect(urlAllowed('https://moodle.school.nl/mod/lti/openid-configuration.php', production)).toBe(true)
  expect(urlAllowed('http://moodle.school.nl/', production)).toBe(false)
  expect(urlAllowed('http://moodle.school.nl/', development)).toBe(false)
  expect(urlAllowed('http://localhost:3130/.well-known/openid-configuration', production)).toBe(false)
  expect(urlAllowed('http://localhost:3130/.well-known/openid-configuration', development)).toBe(true)
  expect(urlAllowed('https://user:secret@moodle.school.nl/', production)).toBe(false)
  expect(urlAllowed('ftp://moodle.school.nl/', development)).toBe(false)
  expect(urlAllowed('not a url', development)).toBe(false)
})

test('public addresses pass; metadata, loopback and private ones only as the policy says', () => {
  expect(addressAllowed('145.100.190.243', production)).toBe(true)
  expect(addressAllowed('2001:610:188:410::1', production)).toBe(true)
  for (const address of ['169.254.169.254', '0.0.0.0', '224.0.0.1', 'fe80::1', '::']) {
    expect(addressAllowed(address, { ...development, allowPrivate: true }), address).toBe(false)
  }
  for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
    expect(addressAllowed(address, production), address).toBe(false)
    expect(addressAllowed(address, development), address).toBe(true)
  }
  for (const address of ['10.1.2.3', '172.20.0.1', '192.168.1.10', '100.64.0.1', 'fd12::1', '::ffff:10.0.0.1']) {
    expect(addressAllowed(address, production), address).toBe(false)
    expect(addressAllowed(address, { ...production, allowPrivate: true }), address).toBe(true)
  }
})
