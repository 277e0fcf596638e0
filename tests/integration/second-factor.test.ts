import { expect, test } from 'vitest'
import { currentTotp } from '../support/totp'

// The second factor against the real database: enrolment, codes used once, recovery codes, remembered devices, the
// attempt limit, the admin reset, and the claim a password sign-in starts with. The secret signs remembered devices.
process.env.NEXTAUTH_SECRET = 'integration-secret-for-remembered-devices-0123456789'
const { db } = await import('@/lib/db/client.server')
const { createOrganisation, createUser } = await import('@/lib/seed/factories')
const { confirmEnrolment, enrolmentSecret } = await import('@/lib/auth/mfa/enrolment.server')
const { answerChallenge } = await import('@/lib/auth/mfa/challenge.server')
const { isRememberedDevice, rememberDevice, rememberedDeviceCookieName } = await import(
  '@/lib/auth/mfa/remembered-device.server'
)
const { resetUserSecondFactor, setMfaForDocents } = await import('@/lib/accounts/second-factor-admin.server')
const { authOptions } = await import('@/lib/auth/options.server')
const { checkCredentials } = await import('@/lib/auth/credentials.server')
const { secondFactorAtSignIn } = await import('@/lib/auth/mfa/sign-in.server')

/** A password sign-in as the sign-in action does it: the password check, then the second-factor claim it starts with. */
async function authorize(email: string, password: string, cookie?: string) {
  const address = `203.0.113.${Math.floor(Math.random() * 200)}`
  const checked = await checkCredentials({ email, password }, address)
  if (!checked.ok) return null
  const jar = new Map((cookie ?? '').split(';').map((part) => part.trim().split('=') as [string, string]))
  const read = (name: string) => {
    const value = jar.get(name)
    return value === undefined ? undefined : decodeURIComponent(value)
  }
  return { id: checked.user.id, mfa: await secondFactorAtSignIn(checked.user.id, read) }
}

async function enrolled(password = 'juist wachtwoord') {
  const email = `mfa-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.test`
  const user = await createUser(db(), { email, password })
  const secret = (await enrolmentSecret(user.id)) ?? ''
  const code = currentTotp(secret)
  const result = await confirmEnrolment(user.id, code)
  if (!result.ok) throw new Error(result.message)
  return { user, email, secret, code, recoveryCodes: result.recoveryCodes }
}

test('enrolment needs a right code; it turns the factor on, gives ten recovery codes and stores only their hashes', async () => {
  const user = await createUser(db())
  const secret = await enrolmentSecret(user.id)
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  // A reload shows the same secret until it is confirmed.
  expect(await enrolmentSecret(user.id)).toBe(secret)
  expect(await confirmEnrolment(user.id, '000000')).toMatchObject({ ok: false })
  const result = await confirmEnrolment(user.id, currentTotp(secret ?? ''))
  if (!result.ok) throw new Error(result.message)
  expect(result.recoveryCodes).toHaveLength(10)
  expect(new Set(result.recoveryCodes).size).toBe(10)
  for (const code of result.recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
  const stored = await db().mfaRecoveryCode.findMany({ where: { userId: user.id } })
  expect(stored).toHaveLength(10)
  for (const row of stored) expect(row.codeHash).toMatch(/^\$argon2id\$/)
  expect(JSON.stringify(stored)).not.toContain(result.recoveryCodes[0]?.replace('-', ''))
  expect(await enrolmentSecret(user.id)).toBeNull()
  expect(await db().auditLog.count({ where: { actorId: user.id, action: 'mfa.enrol' } })).toBe(1)
})

test('a TOTP code is accepted once: the code of enrolment, or of an earlier sign-in, is refused afterwards', async () => {
  const { user, secret, code } = await enrolled()
  // The very code that confirmed the enrolment.
  expect(await answerChallenge(user.id, code)).toMatchObject({ ok: false })
  // The next period's code (clock drift) works once.
  expect(await answerChallenge(user.id, currentTotp(secret, 1))).toEqual({ ok: true, usedRecoveryCode: false })
  expect(await answerChallenge(user.id, currentTotp(secret, 1))).toMatchObject({ ok: false })
  // Codes far from now never work.
  expect(await answerChallenge(user.id, currentTotp(secret, 5))).toMatchObject({ ok: false })
})

test('a recovery code works once, typed in any case and with or without its dash', async () => {
  const { user, recoveryCodes } = await enrolled()
  const [first = '', second = ''] = recoveryCodes
  expect(await answerChallenge(user.id, first.toLowerCase().replace('-', ' '))).toEqual({
    ok: true,
    usedRecoveryCode: true,
  })
  expect(await answerChallenge(user.id, first)).toMatchObject({ ok: false })
  expect(await answerChallenge(user.id, second)).toEqual({ ok: true, usedRecoveryCode: true })
  expect(await db().mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8)
})

test('after five wrong codes the account answers "too many tries", even to the right code', async () => {
  const { user, secret } = await enrolled()
  for (let i = 0; i < 5; i++) expect(await answerChallenge(user.id, '12345X')).toMatchObject({ ok: false })
  const blocked = await answerChallenge(user.id, currentTotp(secret, 1))
  expect(blocked).toMatchObject({ ok: false, message: expect.stringMatching(/^Te veel pogingen/) })
})

test('a password sign-in starts pending; a remembered device of the same user makes it done', async () => {
  const { user, email } = await enrolled()
  expect(await authorize(email, 'juist wachtwoord')).toMatchObject({ id: user.id, mfa: 'pending' })
  const device = await rememberDevice(user.id)
  expect(device.name).toBe(rememberedDeviceCookieName())
  expect(device.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' })
  const cookie = `other=1; ${device.name}=${encodeURIComponent(device.value)}`
  expect(await authorize(email, 'juist wachtwoord', cookie)).toMatchObject({ id: user.id, mfa: 'done' })

  // Bound to the user: another account on the same browser still answers a code.
  const other = await enrolled()
  expect(await authorize(other.email, 'juist wachtwoord', cookie)).toMatchObject({ mfa: 'pending' })
  // A changed signature, or a device older than 30 days, does not count.
  expect(await isRememberedDevice(user.id, `${device.value.slice(0, -2)}xx`)).toBe(false)
  const [id, , signature] = device.value.split('.')
  expect(await isRememberedDevice(user.id, `${id}.${Date.now() + 90 * 86_400_000}.${signature}`)).toBe(false)
  const row = await db().mfaRememberedDevice.findUniqueOrThrow({ where: { id } })
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 86_400_000 + 1000)
})

test("an admin's reset removes the factor, its codes and devices, ends the sessions and is audited", async () => {
  const org = await createOrganisation(db())
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  const { user, email } = await enrolled()
  const device = await rememberDevice(user.id)
  expect(await resetUserSecondFactor(admin.id, { userId: admin.id })).toMatchObject({ ok: false })
  expect(await resetUserSecondFactor(admin.id, { userId: user.id })).toMatchObject({ ok: true })
  const after = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: { mfaSecret: true, mfaEnabledAt: true, sessionVersion: true },
  })
  expect(after).toEqual({ mfaSecret: null, mfaEnabledAt: null, sessionVersion: user.sessionVersion + 1 })
  expect(await db().mfaRecoveryCode.count({ where: { userId: user.id } })).toBe(0)
  expect(await isRememberedDevice(user.id, device.value)).toBe(false)
  expect(await authorize(email, 'juist wachtwoord', `${device.name}=${device.value}`)).toMatchObject({ mfa: 'pending' })
  const logged = await db().auditLog.findFirstOrThrow({ where: { actorId: admin.id, action: 'mfa.reset' } })
  expect(logged.detail).toEqual({ userId: user.id })
})

test('the docent setting of an organisation is saved and audited', async () => {
  const org = await createOrganisation(db())
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin' })
  expect(await setMfaForDocents(admin.id, { organisationId: org.id, on: 'true' })).toMatchObject({ ok: true })
  expect((await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).mfaForDocents).toBe(true)
  expect(await setMfaForDocents(admin.id, { organisationId: 'bestaat-niet', on: 'true' })).toMatchObject({ ok: false })
  expect(await setMfaForDocents(admin.id, { organisationId: org.id, on: 'misschien' })).toMatchObject({ ok: false })
  expect(await db().auditLog.count({ where: { organisationId: org.id, action: 'organisation.mfa-docents' } })).toBe(1)
})

test('the session claim: password sessions start pending or done, OIDC and LTI sessions are exempt', async () => {
  const { OIDC_PROVIDER_ID } = await import('@/lib/sso/oidc.server')
  const { sessionClaimsFor, sessionCookieFor } = await import('@/lib/auth/issue-session.server')
  const { decode } = await import('next-auth/jwt')
  const { user } = await enrolled()
  expect(sessionClaimsFor(user.id, 0, 'pending')).toMatchObject({ sub: user.id, mfa: 'pending' })
  expect(sessionClaimsFor(user.id, 0, 'done')).toMatchObject({ sub: user.id, mfa: 'done' })
  // Only single sign-on signs in through next-auth: its session is exempt, whatever the user object says.
  const jwt = authOptions.callbacks?.jwt as unknown as (params: unknown) => Promise<Record<string, unknown>>
  const oidc = { provider: OIDC_PROVIDER_ID, type: 'oauth', providerAccountId: 'x' }
  const signedIn = await jwt({ token: { sub: user.id }, user: { id: user.id, mfa: 'pending' }, account: oidc })
  expect(signedIn).toMatchObject({ sub: user.id, mfa: 'exempt' })
  // Later requests keep the claim the session got at sign-in.
  expect(await jwt({ token: signedIn })).toMatchObject({ mfa: 'exempt' })

  const lti = await sessionCookieFor(user.id, 0, 'exempt')
  const secret = process.env.NEXTAUTH_SECRET ?? ''
  expect(await decode({ token: lti.value, secret })).toMatchObject({ sub: user.id, mfa: 'exempt' })
})
