import { expect, test } from 'vitest'
import { unblockSignIn } from '@/lib/accounts/unblock.server'
import { checkCredentials } from '@/lib/auth/credentials.server'
import { accountDelaySeconds } from '@/lib/auth/login-throttle.server'
import { db } from '@/lib/db/client.server'
import { createUser } from '@/lib/seed/factories'

// The sign-in throttle: per (account, address) 5 failures per 15 minutes; per account across addresses a growing
// delay, which never stops the right password from an address without failures.
const email = () => `throttle-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`
const PASSWORD = 'juist wachtwoord'

async function account() {
  const address = email()
  await createUser(db(), { email: address, password: PASSWORD })
  return address
}

test('anyone failing five times cannot lock the owner out: the right password from a clean address gets in', async () => {
  const victim = await account()
  for (let i = 0; i < 5; i++) await checkCredentials({ email: victim, password: `fout-${i}` }, '203.0.113.66')
  const owner = await checkCredentials({ email: victim, password: PASSWORD }, '198.51.100.10')
  expect(owner.ok).toBe(true)
})

test('failures spread over many addresses do not lock the owner out either', async () => {
  const victim = await account()
  for (let i = 0; i < 12; i++) await checkCredentials({ email: victim, password: `fout-${i}` }, `203.0.113.${i + 1}`)
  expect((await checkCredentials({ email: victim, password: PASSWORD }, '198.51.100.11')).ok).toBe(true)
})

test('five failures from one address stop that address for this account, even with the right password', async () => {
  const target = await account()
  for (let i = 0; i < 5; i++) {
    expect(await checkCredentials({ email: target, password: `fout-${i}` }, '192.0.2.5')).toEqual({
      ok: false,
      reason: 'invalid',
    })
  }
  expect(await checkCredentials({ email: target, password: PASSWORD }, '192.0.2.5')).toEqual({
    ok: false,
    reason: 'throttled',
  })
})

test('the account-wide delay doubles per failure, up to the window of 15 minutes', () => {
  expect([4, 5, 6, 7, 8, 9, 10, 20].map((n) => accountDelaySeconds(n, 5, 15))).toEqual([
    0, 30, 60, 120, 240, 480, 900, 900,
  ])
})

test('an administrator lifts the block, and it is in the audit log', async () => {
  const target = await account()
  for (let i = 0; i < 5; i++) await checkCredentials({ email: target, password: `fout-${i}` }, '192.0.2.9')
  expect((await checkCredentials({ email: target, password: PASSWORD }, '192.0.2.9')).ok).toBe(false)
  const admin = await createUser(db(), { email: email() })
  const result = await unblockSignIn(admin.id, { email: target.toUpperCase() })
  expect(result).toMatchObject({ ok: true, message: expect.stringContaining('Gedeblokkeerd') })
  expect((await checkCredentials({ email: target, password: PASSWORD }, '192.0.2.9')).ok).toBe(true)
  const entry = await db().auditLog.findFirst({ where: { actorId: admin.id, action: 'user.unblock-sign-in' } })
  expect(entry?.detail).toMatchObject({ failuresRemoved: expect.any(Number) })
  expect(JSON.stringify(entry?.detail)).not.toContain(target)
  expect(await unblockSignIn(admin.id, { email: 'geen-adres' })).toMatchObject({ ok: false })
})
