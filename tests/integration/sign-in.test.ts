import { expect, test } from 'vitest'
import { checkCredentials } from '@/lib/auth/credentials.server'
import { db } from '@/lib/db/client.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'

// The check the sign-in action runs (app/(auth)/inloggen/actions.ts), from a given client address.
const authorize = async (email: string, password: string, ip = '203.0.113.9') => {
  const result = await checkCredentials({ email, password }, ip)
  if (result.ok) return result.user
  if (result.reason === 'throttled') throw new Error('throttled')
  return null
}

const email = () => `login-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`

test('the right password signs in; the result carries no password hash', async () => {
  const org = await createOrganisation(db())
  const address = email()
  const user = await createUser(db(), { email: address, password: 'juist wachtwoord', organisationId: org.id })
  const result = await authorize(address.toUpperCase(), 'juist wachtwoord')
  expect(result).toMatchObject({ id: user.id, sessionVersion: 0 })
  expect(result).not.toHaveProperty('passwordHash')
})

test('a stored hash is argon2id with 19 MiB and 2 iterations', async () => {
  const address = email()
  await createUser(db(), { email: address })
  const { passwordHash } = await db().user.findUniqueOrThrow({
    where: { email: address },
    select: { passwordHash: true },
  })
  expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
})

test('a wrong password, an unknown e-mail and a deactivated account all fail the same way', async () => {
  const active = email()
  const inactive = email()
  await createUser(db(), { email: active, password: 'juist wachtwoord' })
  await createUser(db(), { email: inactive, password: 'juist wachtwoord', active: false })
  expect(await authorize(active, 'fout')).toBeNull()
  expect(await authorize(email(), 'fout')).toBeNull()
  expect(await authorize(inactive, 'juist wachtwoord')).toBeNull()
  expect(await authorize('not-an-email', 'x')).toBeNull()
})

test('after five failures over several addresses, those addresses wait; a clean address still gets in', async () => {
  const address = email()
  await createUser(db(), { email: address, password: 'juist wachtwoord' })
  for (let i = 0; i < 5; i++) expect(await authorize(address, `fout-${i}`, `198.51.100.${i}`)).toBeNull()
  // The account-wide delay holds back every address that failed, even with the right password.
  await expect(authorize(address, 'juist wachtwoord', '198.51.100.4')).rejects.toThrow('throttled')
  expect(await authorize(address, 'juist wachtwoord', '198.51.100.77')).toMatchObject({ sessionVersion: 0 })
})

test('one address trying many accounts is throttled too', async () => {
  const ip = '192.0.2.44'
  for (let i = 0; i < 20; i++) expect(await authorize(email(), 'fout', ip)).toBeNull()
  await expect(authorize(email(), 'fout', ip)).rejects.toThrow('throttled')
})
