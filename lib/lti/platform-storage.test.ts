import { expect, test } from 'vitest'
import { checkPage, storageKey, storePage } from './platform-storage.server'

const PLATFORM = 'https://lms.example'

function configOf(html: string) {
  const json = html.match(/<script type="application\/json" id="lti-storage">(.*?)<\/script>/s)?.[1]
  return JSON.parse(json ?? 'null') as Record<string, string>
}

test('the login page keeps the state under its key, for the platform origin only, with the CSP nonce', async () => {
  const response = storePage({
    state: 'abc',
    platformOrigin: PLATFORM,
    target: 'post_message_forwarding',
    authorisationUrl: `${PLATFORM}/auth?state=abc&x=</script><script>alert(1)</script>`,
    relaunchUrl: 'https://deelwijs.example/api/lti/login?iss=x&login_hint=y',
    nonce: 'bm9uY2U=',
  })
  const html = await response.text()
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(configOf(html)).toEqual({
    mode: 'put',
    key: storageKey('abc'),
    value: 'abc',
    platformOrigin: PLATFORM,
    target: 'post_message_forwarding',
    next: `${PLATFORM}/auth?state=abc&x=</script><script>alert(1)</script>`,
  })
  // Nothing in the data closes its tag; the one script that runs carries the nonce; nothing goes to '*'.
  expect(html).not.toContain('<script>alert(1)')
  expect(html.match(/<script(?! type="application\/json")[^>]*>/g)).toEqual(['<script nonce="bm9uY2U=">'])
  expect(html).not.toMatch(/postMessage\([^)]*'\*'/)
  expect(html).toContain('event.origin !== config.platformOrigin')
  // Without JavaScript, or when the platform does not answer: the new window.
  expect(html).toContain('<noscript>')
  expect(html).toContain('href="https://deelwijs.example/api/lti/login?iss=x&amp;login_hint=y" target="_blank"')
})

test('the launch page asks for the state back and posts it, with the launch, to our storage route', async () => {
  const html = await checkPage({
    state: 'abc',
    idToken: 'header.payload.signature',
    platformOrigin: PLATFORM,
    target: '_parent',
    action: '/api/lti/launch/storage',
    nonce: null,
  }).text()
  expect(configOf(html)).toEqual({ mode: 'get', key: storageKey('abc'), platformOrigin: PLATFORM, target: '_parent' })
  expect(html).toContain('<form id="lti-storage-form" method="post" action="/api/lti/launch/storage">')
  expect(html).toContain('<input type="hidden" name="id_token" value="header.payload.signature">')
  expect(html).toContain('<input type="hidden" name="stored_state" value="">')
})
