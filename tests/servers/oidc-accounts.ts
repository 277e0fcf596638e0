// The people of the test OpenID Connect provider (tests/servers/oidc-provider.ts) and the claims it releases for them,
// apart from the server so integration tests sign in with exactly the claims the e2e suite's provider sends. The claims
// imitate SURFconext's attribute release, plus the Entra tenant id (`tid`) of each institution:
//   - "<name>" → a student of hva.example;  "docent-<name>" → faculty of hva.example;
//   - "elders-<name>" → someone from elders.example, an organisation Deelwijs does not know.

export const TEST_OIDC = { clientId: 'deelwijs-e2e', clientSecret: 'e2e-oidc-client-secret-not-for-production' }

/** The tenant ids the provider sends in `tid`, as Microsoft Entra ID does (ADR 034). */
export const TEST_TENANTS = {
  'hva.example': '0b6b2ad0-5a8e-4c5b-9f3e-1d2c3b4a5f60',
  'elders.example': '7f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
} as const

export function testOidcClaims(login: string) {
  const elsewhere = login.startsWith('elders-')
  const docent = login.startsWith('docent-')
  const domain = elsewhere ? 'elders.example' : 'hva.example'
  return {
    sub: `surf-${login}`,
    name: `Test ${login}`,
    email: `${login}@${domain}`,
    email_verified: true,
    schac_home_organization: domain,
    eduperson_affiliation: docent ? ['employee', 'faculty'] : ['student'],
    tid: TEST_TENANTS[domain],
  }
}
