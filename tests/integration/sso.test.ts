import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import { type ExternalPerson, placeholderEmail, provisionExternalUser } from '@/lib/sso/provision.server'

// Accounts for people who arrive from an OpenID Connect provider or an LMS (lib/sso/provision.server.ts).

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
