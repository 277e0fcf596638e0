import type { Role } from '@/lib/auth/permissions'

// What an OpenID Connect provider tells us about a person, reduced to what Deelwijs needs: who they are at the
// provider, which organisation they belong to, and whether they sign in as a docent. Pure, so every preset's mapping
// is unit-tested (lib/sso/oidc-claims.test.ts). See docs/integrations.md and docs/decisions/015-*.md.

export type OidcPreset = 'generic' | 'surfconext' | 'entra'

export type PresetDefaults = {
  displayName: string
  organisationClaim: string
  roleClaim?: string
  /**
   * Where the attributes are: Entra puts the tenant (tid) in the ID token; SURFconext releases its attributes through
   * the userinfo endpoint, which is then asked as well (the ID token is verified either way).
   */
  claimsFrom: 'id_token' | 'userinfo'
  scope: string
}

export const OIDC_PRESETS: Record<OidcPreset, PresetDefaults> = {
  generic: {
    displayName: 'Inloggen met je organisatie',
    organisationClaim: 'organisation',
    claimsFrom: 'id_token',
    scope: 'openid profile email',
  },
  surfconext: {
    displayName: 'Inloggen met SURFconext',
    organisationClaim: 'schac_home_organization',
    roleClaim: 'eduperson_affiliation',
    claimsFrom: 'userinfo',
    scope: 'openid profile email',
  },
  entra: {
    displayName: 'Inloggen met Microsoft',
    organisationClaim: 'tid',
    roleClaim: 'roles',
    claimsFrom: 'id_token',
    scope: 'openid profile email',
  },
}

export type ClaimMapping = {
  organisationClaim: string
  /** Claim value → organisation slug. */
  organisations: Map<string, string>
  defaultOrganisation?: string
  roleClaim?: string
  docentValues: Set<string>
}

export type MappedPerson = {
  subject: string
  name: string
  email: string | null
  emailVerified: boolean
  organisationSlug: string
  role: Extract<Role, 'learner' | 'docent'>
}

export type MappingRefusal = 'no-subject' | 'no-organisation'

/** "hva.nl=hva, uva.nl=uva" → Map. Entries without both halves are ignored. */
export function parseOrganisationMap(value: string | undefined): Map<string, string> {
  const map = new Map<string, string>()
  for (const entry of (value ?? '').split(/[\s,]+/)) {
    const [claim, slug] = entry.split('=')
    if (claim && slug) map.set(claim.trim().toLowerCase(), slug.trim())
  }
  return map
}

/** A claim as a list of strings: providers send single values as a string and multiple values as an array. */
function values(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim]
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string')
  return []
}

export function mapClaims(
  claims: Record<string, unknown>,
  mapping: ClaimMapping,
): { ok: true; person: MappedPerson } | { ok: false; reason: MappingRefusal } {
  const subject = typeof claims.sub === 'string' && claims.sub.length > 0 ? claims.sub : null
  if (!subject) return { ok: false, reason: 'no-subject' }

  const orgValues = values(claims[mapping.organisationClaim]).map((v) => v.toLowerCase())
  const mapped = orgValues.map((v) => mapping.organisations.get(v)).find(Boolean)
  const organisationSlug = mapped ?? mapping.defaultOrganisation
  if (!organisationSlug) return { ok: false, reason: 'no-organisation' }

  const roleValues = mapping.roleClaim ? values(claims[mapping.roleClaim]) : []
  // eduPersonAffiliation may be scoped ("faculty@hva.nl"); the part before the @ is the affiliation.
  const docent = roleValues.some((v) => mapping.docentValues.has(v.split('@')[0]?.toLowerCase() ?? ''))

  // Entra sends the sign-in name in preferred_username when there is no e-mail claim; it is only used if it is one.
  const emailClaim = [claims.email, claims.preferred_username].find(
    (v): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
  )
  const given = typeof claims.given_name === 'string' ? claims.given_name : ''
  const family = typeof claims.family_name === 'string' ? claims.family_name : ''
  const name = (typeof claims.name === 'string' && claims.name.trim()) || `${given} ${family}`.trim() || 'Deelnemer'

  return {
    ok: true,
    person: {
      subject,
      name: name.slice(0, 120),
      email: emailClaim?.toLowerCase() ?? null,
      // email_verified speaks about the email claim only: an address taken from preferred_username is never verified.
      emailVerified:
        emailClaim !== undefined &&
        emailClaim === claims.email &&
        (claims.email_verified === true || claims.email_verified === 'true'),
      organisationSlug,
      role: docent ? 'docent' : 'learner',
    },
  }
}
