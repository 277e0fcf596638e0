import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { createOrganisation } from '@/lib/seed/factories'
import { signInWithOidc } from '@/lib/sso/oidc.server'
import { TEST_OIDC, TEST_TENANTS, testOidcClaims } from '../servers/oidc-accounts'

// Finding 8 of issue 22: Microsoft Entra's multi-tenant endpoint admits any tenant, personal accounts included, and a
// default organisation would take them all in. With OIDC_ALLOWED_TENANTS only the listed tenants' people sign in
// (lib/sso/entra-tenants.ts, ADR 034). The claims are the test provider's (tests/servers/oidc-accounts.ts), which
// sends an Entra-style `tid`; the settings are an Entra multi-tenant app's, with a default organisation.
process.env.OIDC_PRESET = 'entra'
process.env.OIDC_ISSUER = 'https://login.microsoftonline.com/organizations/v2.0'
process.env.OIDC_CLIENT_ID = TEST_OIDC.clientId
process.env.OIDC_CLIENT_SECRET = TEST_OIDC.clientSecret
process.env.OIDC_DEFAULT_ORGANISATION = 'gemeente-entra'
process.env.OIDC_ALLOWED_TENANTS = TEST_TENANTS['hva.example'].toUpperCase()

const PERSONAL_ACCOUNTS_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad'

test('only people of a listed tenant sign in; other tenants and personal accounts are refused', async () => {
  expect(env().OIDC_ALLOWED_TENANTS).toEqual([TEST_TENANTS['hva.example']])
  await createOrganisation(db(), { slug: 'gemeente-entra' })

  const member = testOidcClaims(`medewerker-${Date.now()}`)
  const signedIn = await signInWithOidc(member, undefined)
  expect(signedIn).toMatchObject({ userId: expect.any(String) })

  const otherTenant = testOidcClaims(`elders-${Date.now()}`)
  expect(otherTenant.tid).toBe(TEST_TENANTS['elders.example'])
  expect(await signInWithOidc(otherTenant, undefined)).toEqual({ refused: 'tenant-geweigerd' })

  const personal = { ...testOidcClaims(`prive-${Date.now()}`), tid: PERSONAL_ACCOUNTS_TENANT }
  expect(await signInWithOidc(personal, undefined)).toEqual({ refused: 'tenant-geweigerd' })
  const { tid: _none, ...withoutTenant } = testOidcClaims(`zonder-${Date.now()}`)
  expect(await signInWithOidc(withoutTenant, undefined)).toEqual({ refused: 'tenant-geweigerd' })

  // Nobody refused got an account.
  expect(await db().externalIdentity.count()).toBe(1)
})
