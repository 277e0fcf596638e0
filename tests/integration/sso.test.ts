import { expect, test } from 'vitest'
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

test('an existing password account is joined only through a verified e-mail address', async () => {
  const existing = await createUser(db(), { email: 'gedeeld@example.test' })
  const unverified = await provisionExternalUser(await person({ email: 'gedeeld@example.test' }))
  expect(unverified).toEqual({ ok: false, reason: 'email-taken' })
  const verified = await provisionExternalUser(await person({ email: 'gedeeld@example.test', emailVerified: true }))
  expect(verified).toMatchObject({ ok: true, userId: existing.id })
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
