import { expect, test } from 'vitest'
import { isMultiTenantEntraIssuer, parseTenantList, tenantAllowed } from './entra-tenants'

const TENANT_A = '0b6b2ad0-5a8e-4c5b-9f3e-1d2c3b4a5f60'
const TENANT_B = '7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
const PERSONAL = '9188040d-6c67-4c5b-b112-36a304b66dad'

test('the multi-tenant Entra endpoints are recognised, in every cloud and spelling', () => {
  for (const issuer of [
    'https://login.microsoftonline.com/common/v2.0',
    'https://login.microsoftonline.com/organizations/v2.0',
    'https://login.microsoftonline.com/consumers/v2.0',
    'https://login.microsoftonline.com/{tenantid}/v2.0',
    'https://login.microsoftonline.com/%7Btenantid%7D/v2.0',
    'https://login.microsoftonline.com/Common/v2.0/',
    'https://login.microsoftonline.us/organizations/v2.0',
    'https://login.microsoft.com/common',
  ]) {
    expect(isMultiTenantEntraIssuer(issuer), issuer).toBe(true)
  }
})

test('single-tenant issuers and other providers are not multi-tenant', () => {
  for (const issuer of [
    `https://login.microsoftonline.com/${TENANT_A}/v2.0`,
    'https://login.microsoftonline.com/hva.nl/v2.0',
    'https://connect.surfconext.nl',
    'https://idp.example/common',
    'https://keycloak.example/realms/common',
    'geen url',
  ]) {
    expect(isMultiTenantEntraIssuer(issuer), issuer).toBe(false)
  }
})

test('with the entra preset, a multi-tenant path counts on any host (a proxy in front of Entra)', () => {
  expect(isMultiTenantEntraIssuer('https://sso.gemeente.example/common/v2.0', 'entra')).toBe(true)
  expect(isMultiTenantEntraIssuer('https://sso.gemeente.example/common/v2.0', 'generic')).toBe(false)
})

test('the allow-list is parsed case-insensitively and without empty entries', () => {
  expect(parseTenantList(` ${TENANT_A.toUpperCase()} ,, ${TENANT_B} `)).toEqual([TENANT_A, TENANT_B])
})

test('only a listed tid comes in; personal accounts and a missing tid are refused; no list admits every tenant', () => {
  const allowed = [TENANT_A]
  expect(tenantAllowed({ tid: TENANT_A }, allowed)).toBe(true)
  expect(tenantAllowed({ tid: TENANT_A.toUpperCase() }, allowed)).toBe(true)
  expect(tenantAllowed({ tid: TENANT_B }, allowed)).toBe(false)
  expect(tenantAllowed({ tid: PERSONAL }, allowed)).toBe(false)
  expect(tenantAllowed({}, allowed)).toBe(false)
  expect(tenantAllowed({ tid: [TENANT_A] }, allowed)).toBe(false)
  expect(tenantAllowed({ tid: TENANT_B }, undefined)).toBe(true)
})
