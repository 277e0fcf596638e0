import { expect, test } from 'vitest'
import { createInvitation } from '@/lib/accounts/admin.server'
import { confirmEmail, sendEmailVerification } from '@/lib/accounts/email-verification.server'
import { registerWithJoinCode } from '@/lib/accounts/register.server'
import { db } from '@/lib/db/client.server'
import { createGroup, createOrganisation, createUser } from '@/lib/seed/factories'
import { signInWithOidc } from '@/lib/sso/oidc.server'
import { type ExternalPerson, placeholderEmail, provisionExternalUser } from '@/lib/sso/provision.server'
import { TEST_OIDC, testOidcClaims } from '../servers/oidc-accounts'

// Accounts for people who arrive from an OpenID Connect provider or an LMS (lib/sso/provision.server.ts), and the
// OpenID Connect sign-in itself (lib/sso/oidc.server.ts) with the claims of the e2e suite's test provider
// (tests/servers/oidc-accounts.ts), taken from the ID token as the generic preset does.
process.env.OIDC_PRESET = 'generic'
process.env.OIDC_ISSUER = 'http://localhost:3120'
process.env.OIDC_CLIENT_ID = TEST_OIDC.clientId
process.env.OIDC_CLIENT_SECRET = TEST_OIDC.clientSecret
process.env.OIDC_ORGANISATION_CLAIM = 'schac_home_organization'
process.env.OIDC_ORGANISATIONS = 'hva.example=hogeschool-sso'
process.env.OIDC_ROLE_CLAIM = 'eduperson_affiliation'
process.env.OIDC_DOCENT_VALUES = 'faculty'

async function person(overrides: Partial<ExternalPerson> = {}): Promise<ExternalPerson> {
  const organisation = await createOrganisation(db())
  return {
    issuer: 'https://connect.test.example',
    subject: `sub-${Math.random().toString(36).slice(2)}`,
    name: 'Sam SSO',
    email: null,
    emailVerified: false,
    organisationId: organisation.id,
    role: 'learner',
    ...overrides,
  }
}

test('a new person gets one account with the role in the organisation; signing in again finds it', async () => {
  const someone = await person({ role: 'docent' })
  const first = await provisionExternalUser(someone)
  const again = await provisionExternalUser(someone)
  expect(first).toMatchObject({ ok: true })
  expect(again).toEqual(first)
  if (!first.ok) return
  const user = await db().user.findUniqueOrThrow({ where: { id: first.userId }, include: { memberships: true } })
  expect(user.email).toBe(placeholderEmail(someone.issuer, someone.subject))
  expect(user.memberships).toEqual([
    expect.objectContaining({ organisationId: someone.organisationId, role: 'docent' }),
  ])
  expect(await db().externalIdentity.count({ where: { userId: user.id } })).toBe(1)
})

test('an existing account is joined only when the provider and the account both proved the address', async () => {
  const existing = await createUser(db(), { email: 'gedeeld@example.test' })
  const unverified = await provisionExternalUser(await person({ email: 'gedeeld@example.test' }))
  expect(unverified).toEqual({ ok: false, reason: 'email-taken' })
  // The provider vouches for the address, but nobody ever confirmed it for the account: it may be someone else's.
  const beforeConfirming = await provisionExternalUser(
    await person({ email: 'gedeeld@example.test', emailVerified: true }),
  )
  expect(beforeConfirming).toEqual({ ok: false, reason: 'email-unverified' })
  expect(await db().externalIdentity.count({ where: { userId: existing.id } })).toBe(0)

  await db().user.update({ where: { id: existing.id }, data: { emailVerifiedAt: new Date() } })
  const someone = await person({ email: 'gedeeld@example.test', emailVerified: true })
  const verified = await provisionExternalUser(someone)
  expect(verified).toMatchObject({ ok: true, userId: existing.id })
  // The link is in the audit log, with the issuer and nothing personal.
  const entry = await db().auditLog.findFirstOrThrow({ where: { actorId: existing.id, action: 'account.sso-link' } })
  expect(entry.detail).toEqual({ issuer: someone.issuer })
})

test('an address the provider does not vouch for is not stored, so it blocks no invitation', async () => {
  const someone = await person({ email: 'niet-geverifieerd@example.test' })
  const result = await provisionExternalUser(someone)
  if (!result.ok) throw new Error('provisioning failed')
  const user = await db().user.findUniqueOrThrow({ where: { id: result.userId } })
  expect(user.email).toBe(placeholderEmail(someone.issuer, someone.subject))
  expect(user.emailVerifiedAt).toBeNull()
  expect(await db().user.count({ where: { email: 'niet-geverifieerd@example.test' } })).toBe(0)
  // The real owner of the address can still be invited.
  const admin = await createUser(db())
  const invitation = await createInvitation(admin.id, {
    email: 'niet-geverifieerd@example.test',
    organisationId: someone.organisationId,
    role: 'docent',
  })
  expect(invitation).toMatchObject({ ok: true })
})

test('a new account from a verified address keeps it, confirmed', async () => {
  const result = await provisionExternalUser(await person({ email: 'nieuw@example.test', emailVerified: true }))
  if (!result.ok) throw new Error('provisioning failed')
  const user = await db().user.findUniqueOrThrow({ where: { id: result.userId } })
  expect(user.email).toBe('nieuw@example.test')
  expect(user.emailVerifiedAt).toBeInstanceOf(Date)
})

test('a deactivated account cannot come in through single sign-on', async () => {
  const someone = await person()
  const first = await provisionExternalUser(someone)
  if (!first.ok) throw new Error('provisioning failed')
  await db().user.update({ where: { id: first.userId }, data: { active: false } })
  expect(await provisionExternalUser(someone)).toEqual({ ok: false, reason: 'inactive' })
})

test("finding 2: an account registered under someone else's address does not receive their single sign-on", async () => {
  // Someone registers with a class code under a docent's address, which they cannot read, and sets a password.
  const organisation = await createOrganisation(db(), { slug: 'hogeschool-sso', kind: 'hogeschool' })
  const klas = await createGroup(db(), { organisationId: organisation.id })
  const victim = testOidcClaims(`docent-slachtoffer-${Date.now()}`)
  const registered = await registerWithJoinCode({
    code: klas.joinCode,
    email: victim.email,
    name: 'Niet de docent',
    password: 'een wachtwoord van de aanvaller',
  })
  expect(registered).toEqual({ ok: true, email: victim.email })
  const planted = await db().user.findUniqueOrThrow({ where: { email: victim.email } })

  // The docent's first sign-in through the institution (the provider says the address is verified) must not land in
  // that account: it is refused, with the advice to confirm the address first.
  const outcome = await signInWithOidc(victim, undefined)
  expect(outcome).not.toMatchObject({ userId: planted.id })
  expect(outcome).toEqual({ refused: 'email-bevestigen' })
  // The planted account gained neither the docent's identity nor their role.
  expect(await db().externalIdentity.count({ where: { userId: planted.id } })).toBe(0)
  const roles = await db().membership.findMany({ where: { userId: planted.id }, select: { role: true } })
  expect(roles).toEqual([{ role: 'learner' }])
})

test('once the owner of the address confirms it, their single sign-on joins the account', async () => {
  const organisation = await createOrganisation(db(), { slug: 'hogeschool-sso', kind: 'hogeschool' })
  const klas = await createGroup(db(), { organisationId: organisation.id })
  const owner = testOidcClaims(`eigenaar-${Date.now()}`)
  await registerWithJoinCode({
    code: klas.joinCode,
    email: owner.email,
    name: 'Eigenaar',
    password: 'mijn eigen wachtwoord',
  })
  const account = await db().user.findUniqueOrThrow({ where: { email: owner.email } })
  expect(await signInWithOidc(owner, undefined)).toEqual({ refused: 'email-bevestigen' })

  // The confirmation mail (kept in the database: no SMTP here) holds the link; using it confirms the address.
  expect(await sendEmailVerification(account.id)).toBe('sent')
  const mail = await db().outgoingMail.findFirstOrThrow({ where: { to: owner.email, kind: 'email-verification' } })
  const token = /\/aanmelden\/bevestigen\/([\w-]+)/.exec(mail.text)?.[1] ?? ''
  expect(await confirmEmail({ token })).toEqual({ ok: true })

  expect(await signInWithOidc(owner, undefined)).toMatchObject({ userId: account.id })
  expect(await db().externalIdentity.count({ where: { userId: account.id } })).toBe(1)
})
