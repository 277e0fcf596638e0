import { z } from 'zod'

// The LTI 1.3 claims Deelwijs reads from a launch's ID token (LTI Core 1.3 §5, Deep Linking 2.0 §4.4, AGS 2.0 §3.1),
// validated with zod like every other boundary. Unknown claims are ignored.

export const LTI = 'https://purl.imsglobal.org/spec/lti/claim/'
export const LTI_DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/'
export const LTI_AGS = 'https://purl.imsglobal.org/spec/lti-ags/claim/'
export const LTI_NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/claim/'
export const AGS_SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score'
export const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly'

/**
 * Course (context) roles that make someone staff of the course: they launch as docent (LTI Core 1.3 §5.3.7.1 and
 * Appendix A.2.3). Teaching assistants are a sub-role of Instructor (membership/Instructor#TeachingAssistant).
 * Mentor is left out on purpose: a mentor follows some learners, they do not teach the course.
 */
const STAFF_ROLES = ['Instructor', 'ContentDeveloper', 'Administrator']
const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership'

export const launchClaimsSchema = z
  .object({
    iss: z.string().min(1),
    sub: z.string().min(1).max(255),
    aud: z.union([z.string(), z.array(z.string()).min(1)]),
    azp: z.string().optional(),
    nonce: z.string().min(1),
    name: z.string().max(200).optional(),
    given_name: z.string().max(100).optional(),
    family_name: z.string().max(100).optional(),
    [`${LTI}message_type`]: z.enum(['LtiResourceLinkRequest', 'LtiDeepLinkingRequest']),
    [`${LTI}version`]: z.literal('1.3.0'),
    [`${LTI}deployment_id`]: z.string().min(1).max(255),
    [`${LTI}target_link_uri`]: z.url(),
    [`${LTI}roles`]: z.array(z.string()),
    [`${LTI}resource_link`]: z.object({ id: z.string().min(1), title: z.string().optional() }).optional(),
    [`${LTI}context`]: z
      .object({ id: z.string().min(1).max(255), title: z.string().optional(), label: z.string().optional() })
      .optional(),
    [`${LTI}custom`]: z.record(z.string(), z.unknown()).optional(),
    [`${LTI_DL}deep_linking_settings`]: z
      .object({
        deep_link_return_url: z.url(),
        accept_types: z.array(z.string()),
        // Required by Deep Linking 2.0 §4.4.1, but read leniently: without it no presentation is asked for.
        accept_presentation_document_targets: z.array(z.string()).optional(),
        accept_multiple: z.boolean().optional(),
        data: z.string().optional(),
      })
      .optional(),
    [`${LTI_NRPS}namesroleservice`]: z
      .object({ context_memberships_url: z.url(), service_versions: z.array(z.string()).optional() })
      .optional(),
    [`${LTI_AGS}endpoint`]: z
      .object({ scope: z.array(z.string()), lineitem: z.url().optional(), lineitems: z.url().optional() })
      .optional(),
  })
  .superRefine((claims, ctx) => {
    const type = claims[`${LTI}message_type`]
    if (type === 'LtiResourceLinkRequest' && !claims[`${LTI}resource_link`]) {
      ctx.addIssue({ code: 'custom', message: 'a resource link launch needs the resource_link claim' })
    }
    if (type === 'LtiDeepLinkingRequest' && !claims[`${LTI_DL}deep_linking_settings`]) {
      ctx.addIssue({ code: 'custom', message: 'a deep linking request needs deep_linking_settings' })
    }
  })
export type LaunchClaims = z.infer<typeof launchClaimsSchema>

/**
 * The principal course roles among a launch's roles. Only membership (context) roles count: institution and system
 * roles say what someone is elsewhere in the institution (Canvas sends institution/person#Instructor to anyone who
 * teaches any course), not in this course. A sub-role counts as its principal role, the part before '#':
 * membership/Instructor#TeachingAssistant is an Instructor, membership/Learner#Instructor a Learner.
 */
export function courseRoles(roles: readonly string[]): string[] {
  return roles.flatMap((role) => {
    if (role.startsWith(`${MEMBERSHIP}#`)) return [role.slice(MEMBERSHIP.length + 1)]
    const sub = role.match(/^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership\/(\w+)#\w+$/)
    if (sub) return [sub[1] as string]
    // Simple names are allowed for context roles only (LTI Core 1.3 §A.2.3.1, deprecated but still sent).
    return /^\w+$/.test(role) ? [role] : []
  })
}

export function isStaff(roles: readonly string[]) {
  return courseRoles(roles).some((role) => STAFF_ROLES.includes(role))
}

export function personName(claims: LaunchClaims) {
  const joined = [claims.given_name, claims.family_name].filter(Boolean).join(' ')
  return (claims.name?.trim() || joined || 'Deelnemer').slice(0, 120)
}

/** Where a launch goes: a dilemma or a whole case of this Deelwijs, from the target link; anything else: home. */
export function launchTarget(targetLinkUri: string, origin: string): { caseId: string; dilemmaId?: string } | null {
  let url: URL
  try {
    url = new URL(targetLinkUri)
  } catch {
    return null
  }
  if (url.origin !== origin) return null
  const match = url.pathname.match(/^\/leren\/([a-z0-9-]{1,64})(?:\/([a-z0-9-]{1,64}))?\/?$/)
  if (!match) return null
  return { caseId: match[1] as string, ...(match[2] ? { dilemmaId: match[2] } : {}) }
}

/**
 * The earlier ids of a copied course or link, from the custom parameters the platform fills with the substitution
 * variables $Context.id.history and $ResourceLink.id.history (LTI Core 1.3 Appendix C: comma-separated, most recent
 * first). A platform that does not know the variable sends it unchanged ("$Context.id.history"): no history.
 */
export function idHistory(claims: LaunchClaims, key: 'context_id_history' | 'resource_link_id_history'): string[] {
  const value = claims[`${LTI}custom`]?.[key]
  if (typeof value !== 'string' || value.startsWith('$')) return []
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0 && id.length <= 255)
    .slice(0, 20)
}
