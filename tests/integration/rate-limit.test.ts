import { randomUUID } from 'node:crypto'
import Redis from 'ioredis'
import { expect, test } from 'vitest'
import { consumeLimit, createLimiters } from '@/lib/security/rate-limit.server'

// The limiter against both stores it runs on: memory (no REDIS_URL) and the Redis every test machine has.
const limits = {
  signIn: { points: 3, duration: 60 },
  registration: { points: 2, duration: 60 },
  joinCode: { points: 2, duration: 60 },
}

for (const [store, url] of [
  ['memory', undefined],
  ['redis', 'redis://127.0.0.1:6379'],
] as const) {
  test(`${store}: the limit allows its number of tries, then says how long to wait, per key`, async () => {
    const prefix = `test-${randomUUID()}`
    const limiters = createLimiters(url, limits, prefix)
    const key = 'ip:203.0.113.7'
    for (let i = 0; i < 3; i++) expect(await consumeLimit('signIn', key, limiters)).toEqual({ ok: true })
    const blocked = await consumeLimit('signIn', key, limiters)
    expect(blocked).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Te veel pogingen. Probeer het over 1 minuut opnieuw./),
    })
    if (!blocked.ok) expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(60)
    // Another address and another limit are counted apart.
    expect(await consumeLimit('signIn', 'ip:198.51.100.1', limiters)).toEqual({ ok: true })
    expect(await consumeLimit('registration', key, limiters)).toEqual({ ok: true })
    if (url) {
      // The counters really live in Redis, shared by every app instance.
      const redis = new Redis(url)
      expect(await redis.keys(`${prefix}:*`)).toHaveLength(3)
      redis.disconnect()
    }
  })
}

test('with Redis unreachable the in-memory insurance limiter still guards the door', async () => {
  const limiters = createLimiters('redis://127.0.0.1:1', limits, `test-${randomUUID()}`)
  const key = 'user:offline'
  expect(await consumeLimit('joinCode', key, limiters)).toEqual({ ok: true })
  expect(await consumeLimit('joinCode', key, limiters)).toEqual({ ok: true })
  expect((await consumeLimit('joinCode', key, limiters)).ok).toBe(false)
})

// A bundler that puts rate-limiter-flexible into two chunks gives two RateLimiterRes classes: the limiter kept on
// globalThis was made by one copy and rejects with its class, while consumeLimit in another chunk checked `instanceof`
// against its own, threw the rejection on, and the 21st join-code try became a 500. Here a second copy is loaded from
// a real copy of the package on disk, exactly as a second bundled copy behaves.
test('a limiter made by another copy of the library still answers with the Dutch wait message', async () => {
  const { cpSync, mkdtempSync } = await import('node:fs')
  const { createRequire } = await import('node:module')
  const { tmpdir } = await import('node:os')
  const path = await import('node:path')
  const dir = mkdtempSync(path.join(tmpdir(), 'second-copy-'))
  cpSync(path.resolve('node_modules/rate-limiter-flexible'), path.join(dir, 'node_modules/rate-limiter-flexible'), {
    recursive: true,
  })
  const secondCopy = createRequire(path.join(dir, 'index.js'))(
    'rate-limiter-flexible',
  ) as typeof import('rate-limiter-flexible')
  const one = () => new secondCopy.RateLimiterMemory({ points: 1, duration: 60 })
  const store = {
    signIn: one(),
    registration: one(),
    joinCode: one(),
    passwordResetAddress: one(),
    passwordResetEmail: one(),
    secondFactor: one(),
  }
  expect(await consumeLimit('joinCode', 'user:a', store)).toEqual({ ok: true })
  expect(await consumeLimit('joinCode', 'user:a', store)).toMatchObject({
    ok: false,
    message: expect.stringMatching(/^Te veel pogingen/),
  })
})
