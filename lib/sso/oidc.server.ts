import type { OAuthConfig } from 'next-auth/providers/oauth'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { tenantAllowed } from './entra-tenants'
import { type ClaimMapping, mapClaims, OIDC_PRESETS, parseOrganisationMap } from './oidc-claims'
import { type ProvisionRefusal, provisionExternalUser } from './provision.server'

// The generic OpenID Connect provider for next-auth, configured by environment variables with presets for
// SURFconext and Microsoft Entra ID (docs/integrations.md). next-auth runs the protocol (discovery, PKCE, state,
// nonce, token and userinfo requests); this module maps the person onto a Deelwijs account.

export const OIDC_PROVIDER_ID = 'oidc'

type OidcSettings = {
  issuer: string
  clientId: string
  clientSecret: string
  displayName: string
  claimsFrom: 'id_token' | 'userinfo'
  scope: string
  mapping: ClaimMapping
  /** Entra tenants whose people may sign in (OIDC_ALLOWED_TENANTS); undefined: the issuer decides alone. */
  allowedTenants?: readonly string[]
}

export function oidcSettings(): OidcSettings | null {
  const e = env()
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null
  const preset = OIDC_PRESETS[e.OIDC_PRESET]
  return {
    issuer: e.OIDC_ISSUER.replace(/\/$/, ''),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    displayName: e.OIDC_DISPLAY_NAME ?? preset.displayName,
    claimsFrom: preset.claimsFrom,
    scope: preset.scope,
    allowedTenants: e.OIDC_ALLOWED_TENANTS,
    mapping: {
      organisationClaim: e.OIDC_ORGANISATION_CLAIM ?? preset.organisationClaim,
      organisations: parseOrganisationMap(e.OIDC_ORGANISATIONS),
      defaultOrganisation: e.OIDC_DEFAULT_ORGANISATION,
      roleClaim: e.OIDC_ROLE_CLAIM ?? preset.roleClaim,
      docentValues: new Set(
        (e.OIDC_DOCENT_VALUES ?? '')
          .split(',')
          .map((v) => v.trim().toLowerCase())
          .filter(Boolean),
      ),
    },
  }
}

/** The label of the sign-in button, or null when single sign-on is not configured. */
export function oidcButtonLabel(): string | null {
  return oidcSettings()?.displayName ?? null
}

export function oidcProvider(settings: OidcSettings): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.displayName,
    type: 'oauth',
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.scope } },
    // The ID token is always verified (signature, issuer, audience, nonce); userinfo is added in signInWithOidc.
    idToken: true,
    checks: ['pkce', 'state', 'nonce'],
    // next-auth needs an id and nothing else here: the claims are mapped in signInWithOidc below.
    profile: (profile) => ({ id: String(profile.sub ?? '') }),
  }
}

// Codes in the sign-in page's URL (?fout=…), turned into Dutch there.
export type OidcRefusal =
  | 'geen-organisatie'
  | 'email-bestaat'
  | 'email-bevestigen'
  | 'gedeactiveerd'
  | 'onvolledig'
  | 'tenant-geweigerd'

const PROVISION_REFUSALS: Record<ProvisionRefusal, OidcRefusal> = {
  inactive: 'gedeactiveerd',
  'email-taken': 'email-bestaat',
  'email-unverified': 'email-bevestigen',
}

let userinfoEndpoint: Promise<string | null> | undefined

/** The provider's userinfo claims for this sign-in (SURFconext releases its attributes there), for the same subject. */
async function userinfoClaims(settings: OidcSettings, accessToken: string, subject: unknown) {
  userinfoEndpoint ??= fetch(`${settings.issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  })
    .then(async (r) => ((await r.json()) as { userinfo_endpoint?: string }).userinfo_endpoint ?? null)
    .catch(() => {
      userinfoEndpoint = undefined
      return null
    })
  const endpoint = await userinfoEndpoint
  if (!endpoint) return null
  const response = await fetch(endpoint, {
    headers: { authorization: `Bearer ${accessToken}` },
    signal: AbortSignal.timeout(5000),
  })
  if (!response.ok) return null
  const claims = (await response.json()) as Record<string, unknown>
  // OIDC Core §5.3.2: the userinfo subject must be the ID token's, or the response must not be used.
  return claims.sub === subject ? claims : null
}

/**
 * Maps the provider's claims onto an account (creating it on first sign-in) and returns the user id and session
 * version for the session, or the reason to refuse.
 */
export async function signInWithOidc(
  idTokenClaims: Record<string, unknown>,
  accessToken: string | undefined,
): Promise<{ userId: string; sessionVersion: number } | { refused: OidcRefusal }> {
  const settings = oidcSettings()
  if (!settings) return { refused: 'onvolledig' }
  // The tenant comes from the verified ID token, before anything else is looked at (Entra puts tid there).
  if (!tenantAllowed(idTokenClaims, settings.allowedTenants)) return { refused: 'tenant-geweigerd' }
  let claims = idTokenClaims
  if (settings.claimsFrom === 'userinfo') {
    const extra = accessToken ? await userinfoClaims(settings, accessToken, idTokenClaims.sub) : null
    if (!extra) return { refused: 'onvolledig' }
    claims = { ...idTokenClaims, ...extra }
  }
  const mapped = mapClaims(claims, settings.mapping)
  if (!mapped.ok) return { refused: mapped.reason === 'no-organisation' ? 'geen-organisatie' : 'onvolledig' }
  const organisation = await db().organisation.findUnique({
    where: { slug: mapped.person.organisationSlug },
    select: { id: true },
  })
  if (!organisation) return { refused: 'geen-organisatie' }
  const result = await provisionExternalUser({
    issuer: settings.issuer,
    ...mapped.person,
    organisationId: organisation.id,
  })
  if (!result.ok) return { refused: PROVISION_REFUSALS[result.reason] }
  return { userId: result.userId, sessionVersion: result.sessionVersion }
}
