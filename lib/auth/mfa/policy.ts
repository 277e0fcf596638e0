import type { Role } from '../permissions'

// Who needs a second factor, and what a session still has to do before it counts as signed in. Pure rules, so they are
// tested without a database; lib/auth/session.server.ts applies them on every request (docs/decisions/023-mfa.md).

/**
 * What the session cookie records about the second factor:
 * - pending: signed in with a password only (also every cookie issued before this claim existed);
 * - done: a TOTP code or recovery code was answered, a remembered device vouched for it, or the user just enrolled;
 * - exempt: signed in through OpenID Connect or an LTI launch, whose identity provider does its own MFA.
 */
export const SECOND_FACTOR_CLAIMS = ['pending', 'done', 'exempt'] as const
export type SecondFactorClaim = (typeof SECOND_FACTOR_CLAIMS)[number]

export function secondFactorClaimOf(value: unknown): SecondFactorClaim {
  return value === 'done' || value === 'exempt' ? value : 'pending'
}

/** Roles that always need a second factor: they see everyone's data. */
const ALWAYS: readonly Role[] = ['admin', 'coordinator']

export type MembershipForMfa = { role: Role; mfaForDocents: boolean }

/** A user with several organisations needs a second factor when any of their roles there requires it. */
export function requiresSecondFactor(memberships: readonly MembershipForMfa[]): boolean {
  return memberships.some((m) => ALWAYS.includes(m.role) || (m.role === 'docent' && m.mfaForDocents))
}

/**
 * What stands between this session and the app: nothing; answering a code (the user enrolled, whether or not their
 * role requires it); or enrolling first (the role requires a second factor the user does not have yet).
 */
export type SecondFactorStep = 'none' | 'challenge' | 'enrol'

export function secondFactorStep(
  claim: SecondFactorClaim,
  user: { enrolled: boolean; required: boolean },
): SecondFactorStep {
  if (claim === 'done' || claim === 'exempt') return 'none'
  if (user.enrolled) return 'challenge'
  return user.required ? 'enrol' : 'none'
}

/** Where a session that still has a step to take is sent, keeping the page it asked for. */
export function secondFactorPath(step: Exclude<SecondFactorStep, 'none'>, returnTo?: string): string {
  const path = step === 'challenge' ? '/inloggen/tweestaps' : '/account/tweestapsverificatie'
  return returnTo ? `${path}?terug=${encodeURIComponent(returnTo)}` : path
}
