import { beforeEach, expect, test, vi } from 'vitest'

// The request headers the app sees, as next/headers gives them to a server action or page.
let requestHeaders = new Headers()
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }))

const { clientIp } = await import('./client-ip.server')

beforeEach(() => {
  requestHeaders = new Headers()
})

test('an X-Forwarded-For header sent by the client does not choose the address the limits count', async () => {
  // Rotating this header gave unlimited password guesses and accounts: it must not change the key.
  requestHeaders = new Headers({ 'x-forwarded-for': '203.0.113.1' })
  const first = await clientIp()
  requestHeaders = new Headers({ 'x-forwarded-for': '203.0.113.2' })
  const second = await clientIp()
  expect(first).toBe(second)
  expect(first).not.toBe('203.0.113.1')
  requestHeaders = new Headers({ 'x-real-ip': '203.0.113.3' })
  expect(await clientIp()).not.toBe('203.0.113.3')
})
