// Microsoft Entra ID's multi-tenant endpoints (/common, /organizations, /consumers, and the {tenantid} template of
// their discovery documents) sign in people from any tenant, personal Microsoft accounts included. Deelwijs then
// admits only the tenants an admin listed in OIDC_ALLOWED_TENANTS, by the ID token's `tid` claim (issue 22, finding 8;
// docs/decisions/034-sso-account-linking-and-entra-tenants.md). Pure, so the env check and the sign-in share it and
// it is unit-tested (entra-tenants.test.ts).

const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations', 'consumers', '{tenantid}'])

/** Entra's sign-in hosts: the public cloud and the national clouds (US government, China). */
const ENTRA_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
])

/** A tenant id as Entra sends it in `tid`: a GUID. */
export const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Whether the issuer admits more than one tenant: an Entra host (or the entra preset, for a host behind a proxy)
 * whose first path segment is one of the multi-tenant names. A single-tenant issuer names its tenant's GUID or domain.
 */
export function isMultiTenantEntraIssuer(issuer: string, preset?: string): boolean {
  let url: URL
  try {
    url = new URL(issuer)
  } catch {
    return false
  }
  if (preset !== 'entra' && !ENTRA_HOSTS.has(url.hostname.toLowerCase())) return false
  // URL keeps { and } percent-encoded in the path.
  const first = decodeURIComponent(url.pathname.split('/').find(Boolean) ?? '').toLowerCase()
  return MULTI_TENANT_SEGMENTS.has(first)
}

/** "id1, id2" → lower-cased ids; empty entries dropped. */
export function parseTenantList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
}

/**
 * Whether the sign-in's tenant may come in. Without a list, every tenant may (single-tenant issuers: the issuer is the
 * tenant, and the ID token's issuer is checked). With a list, only a `tid` on it; a missing `tid` is refused.
 */
export function tenantAllowed(claims: Record<string, unknown>, allowed: readonly string[] | undefined): boolean {
  if (!allowed) return true
  const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : null
  return tid !== null && allowed.includes(tid)
}
