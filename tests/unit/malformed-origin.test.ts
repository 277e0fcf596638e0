import { NextRequest } from 'next/server'
import { expect, test } from 'vitest'
import { proxy } from '../../proxy'

// Next compares a server action's Origin with the host using `new URL(origin)`, which throws on a malformed value:
// the request became a 500. The proxy, which runs before every action, answers such a POST with a 4xx itself.
test.each(['http://[', 'null', '%%%', 'http://exa mple.com'])(
  'a POST with Origin %j gets a 4xx, not a 500',
  async (origin) => {
    const request = new NextRequest('http://localhost:3000/klas', {
      method: 'POST',
      headers: { origin, 'next-action': '0123456789abcdef', 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    })
    const response = await proxy(request)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(await response.json()).toMatchObject({ error: 'bad_origin' })
  },
)

test('a POST with a well-formed Origin passes on to Next, which does its own same-origin check', async () => {
  const request = new NextRequest('http://localhost:3000/inloggen', {
    method: 'POST',
    headers: { origin: 'http://localhost:3000', 'next-action': '0123456789abcdef' },
    body: '[]',
  })
  const response = await proxy(request)
  expect(response.status).toBe(200)
})

test('route handlers under /api/ keep their own Origin checks (an LTI launch may say "Origin: null")', async () => {
  const request = new NextRequest('http://localhost:3000/api/lti/launch', {
    method: 'POST',
    headers: { origin: 'null', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'id_token=x',
  })
  expect((await proxy(request)).status).toBe(200)
})
