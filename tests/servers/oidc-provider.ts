// A real OpenID Connect provider for the e2e suite (the `oidc-provider` package, certified by the OpenID Foundation),
// on localhost. It signs real tokens and runs the real protocol; only its login screen is the package's development
// form, where any name signs in. Who signs in with which claims is in ./oidc-accounts.ts (shared with the integration
// tests that sign in with the same claims).
import Provider from 'oidc-provider'
import { TEST_OIDC, testOidcClaims } from './oidc-accounts'

const port = Number(process.env.OIDC_TEST_PORT ?? 3120)
const appOrigin = process.env.OIDC_TEST_APP_ORIGIN ?? 'http://localhost:3100'

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
    profile: ['name', 'given_name', 'family_name', 'schac_home_organization', 'eduperson_affiliation', 'tid'],
  },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => testOidcClaims(id) }
  },
  cookies: { keys: ['e2e-oidc-cookie-key-not-for-production'] },
  features: { devInteractions: { enabled: true } },
})
// The app reaches us over plain http on localhost: allow it for this test server only.
provider.proxy = true

provider.listen(port, () => console.log(`[oidc-provider] listening on http://localhost:${port}`))
