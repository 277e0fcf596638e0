import { expect, test } from 'vitest'
import { EnvError, parseEnv } from './env.server'

test('defaults apply when nothing is set', () => {
  const env = parseEnv({})
  expect(env.PORT).toBe(3000)
  expect(env.DATABASE_URL).toBeUndefined()
  expect(env.DEELWIJS_DATA_DIR).toBe('.data')
})

test('an invalid value is refused with the variable name', () => {
  expect(() => parseEnv({ PORT: 'abc' })).toThrow(EnvError)
  expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/)
  expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
  expect(() => parseEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET/)
})

test('an empty string counts as not set', () => {
  expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
})

test('a multi-tenant Entra issuer needs the tenant allow-list; a single-tenant one does not', () => {
  const tenant = '0b6b2ad0-5a8e-4c5b-9f3e-1d2c3b4a5f60'
  for (const issuer of [
    'https://login.microsoftonline.com/common/v2.0',
    'https://login.microsoftonline.com/organizations/v2.0',
    'https://login.microsoftonline.com/consumers/v2.0',
  ]) {
    expect(() => parseEnv({ OIDC_PRESET: 'entra', OIDC_ISSUER: issuer })).toThrow(/OIDC_ALLOWED_TENANTS: required/)
  }
  const allowed = parseEnv({
    OIDC_ISSUER: 'https://login.microsoftonline.com/organizations/v2.0',
    OIDC_ALLOWED_TENANTS: ` ${tenant.toUpperCase()} `,
  })
  expect(allowed.OIDC_ALLOWED_TENANTS).toEqual([tenant])
  const single = parseEnv({ OIDC_PRESET: 'entra', OIDC_ISSUER: `https://login.microsoftonline.com/${tenant}/v2.0` })
  expect(single.OIDC_ALLOWED_TENANTS).toBeUndefined()
  expect(() => parseEnv({ OIDC_ALLOWED_TENANTS: 'hva.nl' })).toThrow(/OIDC_ALLOWED_TENANTS.*GUID/)
  expect(() => parseEnv({ OIDC_ALLOWED_TENANTS: ' , ' })).toThrow(/OIDC_ALLOWED_TENANTS/)
})
