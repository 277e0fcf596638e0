// A real OpenID Connect provider for the e2e suite (the `oidc-provider` package, certified by the OpenID Foundation),
// on localhost. It signs real tokens and runs the real protocol; only its login screen is the package's development
// form, where any name signs in. The claims imitate SURFconext's attribute release:
//   - "<name>" → a student of hva.example;  "docent-<name>" → faculty of hva.example;
//   - "elders-<name>" → someone from elders.example, an organisation Deelwijs does not know.
import Provider from 'oidc-provider'

const port = Number(process.env.OIDC_TEST_PORT ?? 3120)
const appOrigin = process.env.OIDC_TEST_APP_ORIGIN ?? 'http://localhost:3100'
export const TEST_OIDC = { clientId: 'deelwijs-e2e', clientSecret: 'e2e-oidc-client-secret-not-for-production' }

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: TEST_OIDC.clientId,
      client_secret: TEST_OIDC.clientSecret,
      redirect_uris: [`${appOrigin}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'schac_home_organization', 'eduperson_affiliation'],
  },
  async findAccount(_ctx, id) {
    const elsewhere = id.startsWith('elders-')
    const docent = id.startsWith('docent-')
    const domain = elsewhere ? 'elders.example' : 'hva.example'
    return {
      accountId: id,
      async claims() {
        return {
          sub: `surf-${id}`,
          name: `Test ${id}`,
          email: `${id}@${domain}`,
          email_verified: true,
          schac_home_organization: domain,
          eduperson_affiliation: docent ? ['employee', 'faculty'] : ['student'],
        }
      },
    }
  },
  cookies: { keys: ['e2e-oidc-cookie-key-not-for-production'] },
  features: { devInteractions: { enabled: true } },
})
// The app reaches us over plain http on localhost: allow it for this test server only.
provider.proxy = true

provider.listen(port, () => console.log(`[oidc-provider] listening on http://localhost:${port}`))
