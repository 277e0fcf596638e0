import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { db, Prisma } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { AGS_SCORE_SCOPE, NRPS_SCOPE } from './claims'
import { type FetchPolicy, fetchJson, OutboundError, urlAllowed } from './outbound-fetch.server'
import { claimLink, releaseLink } from './registration-links.server'

// LTI Dynamic Registration 1.0 (1EdTech), the tool's side (ADR 038). The LMS opens our registration link with
// ?openid_configuration=<url>&registration_token=<bearer>. We fetch the platform's OpenID configuration, check it,
// post our client registration to its registration endpoint, and store the client ID and deployment ID it returns as
// a platform registration: the same row an admin makes by hand at /beheer/lti. Either all of it happens, or nothing
// is stored and the link can be used again.

const PLATFORM_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-platform-configuration'
const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration'

export type RegistrationError =
  | 'invalid-request'
  | 'unknown-link'
  | 'link-expired'
  | 'link-used'
  | 'insecure-url'
  | 'blocked-address'
  | 'configuration-unreachable'
  | 'invalid-configuration'
  | 'issuer-mismatch'
  | 'registration-refused'
  | 'invalid-registration-response'
  | 'no-deployment'
  | 'already-registered'

export const registrationQuerySchema = z.object({
  openid_configuration: z.string().min(1).max(2000),
  registration_token: z.string().min(1).max(4000).optional(),
})

const url = z.string().max(2000).pipe(z.url())

/** The parts of the platform's OpenID configuration we use (Dynamic Registration §3.4); more may come. */
export const openIdConfigurationSchema = z.object({
  issuer: url,
  authorization_endpoint: url,
  token_endpoint: url,
  registration_endpoint: url,
  jwks_uri: url,
  // The audience of our token requests when it is not the token endpoint (Brightspace).
  authorization_server: z.string().max(500).optional(),
  scopes_supported: z.array(z.string().max(500)).max(200).optional(),
  [PLATFORM_CONFIGURATION]: z.object({
    product_family_code: z.string().min(1).max(100),
    version: z.string().max(100).optional(),
    messages_supported: z
      .array(z.object({ type: z.string().max(100), placements: z.array(z.string().max(100)).max(50).optional() }))
      .max(50),
  }),
})
export type OpenIdConfiguration = z.infer<typeof openIdConfigurationSchema>

/** What the platform answers to our registration (§3.6): our client ID, and the deployment it made. */
const registrationResponseSchema = z.object({
  client_id: z.string().min(1).max(255),
  [TOOL_CONFIGURATION]: z.object({ deployment_id: z.string().min(1).max(255).optional() }).optional(),
})

export type RegistrationOutcome =
  | { ok: true; platform: { id: string; name: string; issuer: string; clientId: string; deploymentId: string } }
  | { ok: false; error: RegistrationError; detail?: string }

const fail = (error: RegistrationError, detail?: string): RegistrationOutcome => ({ ok: false, error, detail })

/** How far we reach for the LMS: from the settings (production) unless a test passes its own. */
export function registrationPolicy(): FetchPolicy {
  const e = env()
  return {
    allowLocalhost: e.NODE_ENV !== 'production' || e.LTI_REGISTRATION_ALLOW_HTTP_LOCALHOST === 'true',
    allowPrivate: e.LTI_REGISTRATION_PRIVATE_NETWORKS === 'true',
    timeoutMs: 5000,
    maxBytes: 64 * 1024,
  }
}

/** The client registration we post (§3.5): what an admin would otherwise type into the LMS by hand. */
export function toolRegistration(origin: string, platform: OpenIdConfiguration) {
  const config = platform[PLATFORM_CONFIGURATION]
  const launch = `${origin}/api/lti/launch`
  const supported = new Set(config.messages_supported.map((message) => message.type))
  // Canvas places a deep linking message only where its placements say (assignment and module item selection).
  const canvas = config.product_family_code.toLowerCase() === 'canvas'
  const messages = [
    { type: 'LtiResourceLinkRequest', target_link_uri: launch },
    ...(supported.has('LtiDeepLinkingRequest')
      ? [
          {
            type: 'LtiDeepLinkingRequest',
            target_link_uri: launch,
            label: 'Deelwijs: dilemma’s kiezen',
            ...(canvas ? { placements: ['assignment_selection', 'link_selection'] } : {}),
          },
        ]
      : []),
  ]
  // Ask only for scopes the platform offers, when it says which it offers.
  const offered = platform.scopes_supported
  const scope = [AGS_SCORE_SCOPE, NRPS_SCOPE].filter((s) => !offered || offered.includes(s)).join(' ')
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: `${origin}/api/lti/login`,
    redirect_uris: [launch],
    client_name: 'Deelwijs',
    jwks_uri: `${origin}/api/lti/jwks`,
    token_endpoint_auth_method: 'private_key_jwt',
    scope,
    [TOOL_CONFIGURATION]: {
      domain: new URL(origin).host,
      target_link_uri: launch,
      description: 'Casussen en dilemma’s over zorgvuldig informatie delen in het sociaal domein.',
      // Name and roles only: Deelwijs keeps no e-mail address of people from an LMS (docs/integrations.md A.2).
      claims: ['iss', 'sub', 'name', 'given_name', 'family_name'],
      // A copied course keeps its class (docs/integrations.md A.2, A.8).
      custom_parameters: {
        context_id_history: '$Context.id.history',
        resource_link_id_history: '$ResourceLink.id.history',
      },
      messages,
    },
  }
}

function checkConfiguration(
  configurationUrl: string,
  json: unknown,
  policy: FetchPolicy,
): { config: OpenIdConfiguration } | { error: RegistrationError; detail: string } {
  const parsed = openIdConfigurationSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { error: 'invalid-configuration', detail: `${issue?.path.join('.') || '(geheel)'}: ${issue?.message}` }
  }
  const config = parsed.data
  // §3.5.1: the issuer must be the configuration's own origin, so a configuration cannot speak for another platform.
  if (new URL(config.issuer).origin !== new URL(configurationUrl).origin) {
    return { error: 'issuer-mismatch', detail: `${config.issuer} hoort niet bij ${new URL(configurationUrl).origin}` }
  }
  for (const key of [
    'issuer',
    'authorization_endpoint',
    'token_endpoint',
    'registration_endpoint',
    'jwks_uri',
  ] as const) {
    if (!urlAllowed(config[key], policy)) return { error: 'insecure-url', detail: `${key}: ${config[key]}` }
  }
  if (!config[PLATFORM_CONFIGURATION].messages_supported.some((m) => m.type === 'LtiResourceLinkRequest')) {
    return { error: 'invalid-configuration', detail: 'messages_supported mist LtiResourceLinkRequest' }
  }
  return { config }
}

function outboundError(error: unknown, unreachable: RegistrationError): RegistrationOutcome {
  if (error instanceof OutboundError) {
    if (error.code === 'insecure-url') return fail('insecure-url', error.message)
    if (error.code === 'blocked-address') return fail('blocked-address', error.message)
    return fail(unreachable, error.message)
  }
  throw error
}

/**
 * The whole registration, for one use of a registration link. `origin` is Deelwijs's public address; the policy says
 * which LMS addresses may be fetched.
 */
export async function registerDynamically(input: {
  token: string
  query: unknown
  origin: string
  policy?: FetchPolicy
}): Promise<RegistrationOutcome> {
  const policy = input.policy ?? registrationPolicy()
  const claim = await claimLink(input.token)
  if ('error' in claim) return fail(claim.error)
  try {
    const outcome = await register(claim.link, input, policy)
    if (!outcome.ok) await releaseLink(claim.link.id)
    return outcome
  } catch (error) {
    await releaseLink(claim.link.id)
    throw error
  }
}

async function register(
  link: { id: string; organisationId: string; name: string | null },
  input: { query: unknown; origin: string },
  policy: FetchPolicy,
): Promise<RegistrationOutcome> {
  const query = registrationQuerySchema.safeParse(input.query)
  if (!query.success) return fail('invalid-request')
  const configurationUrl = query.data.openid_configuration
  if (!urlAllowed(configurationUrl, policy)) return fail('insecure-url', configurationUrl)
  const bearer: Record<string, string> = query.data.registration_token
    ? { authorization: `Bearer ${query.data.registration_token}` }
    : {}

  let configuration: unknown
  try {
    // Canvas wants the registration token on this request as well; the URL shares the platform's origin.
    const answer = await fetchJson(configurationUrl, { headers: bearer }, policy)
    if (answer.status !== 200) return fail('configuration-unreachable', `status ${answer.status}`)
    configuration = answer.json
  } catch (error) {
    return outboundError(error, 'configuration-unreachable')
  }
  const checked = checkConfiguration(configurationUrl, configuration, policy)
  if ('error' in checked) return fail(checked.error, checked.detail)
  const config = checked.config
  const family = config[PLATFORM_CONFIGURATION].product_family_code
  const name = (link.name ?? `${family} (${new URL(config.issuer).host})`).slice(0, 100)

  let response: unknown
  try {
    const answer = await fetchJson(
      config.registration_endpoint,
      {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify(toolRegistration(input.origin, config)),
      },
      policy,
    )
    if (answer.status < 200 || answer.status >= 300) return fail('registration-refused', `status ${answer.status}`)
    response = answer.json
  } catch (error) {
    return outboundError(error, 'registration-refused')
  }
  const registered = registrationResponseSchema.safeParse(response)
  if (!registered.success) return fail('invalid-registration-response')
  const deploymentId = registered.data[TOOL_CONFIGURATION]?.deployment_id
  if (!deploymentId) return fail('no-deployment')

  const data = {
    name,
    organisationId: link.organisationId,
    issuer: config.issuer,
    clientId: registered.data.client_id,
    deploymentId,
    authLoginUrl: config.authorization_endpoint,
    accessTokenUrl: config.token_endpoint,
    accessTokenAudience: config.authorization_server || null,
    jwksUrl: config.jwks_uri,
  }
  try {
    const platform = await db().$transaction(async (tx) => {
      const created = await tx.ltiPlatform.create({ data })
      await tx.ltiRegistrationLink.update({ where: { id: link.id }, data: { platformId: created.id } })
      return created
    })
    await audit({
      actorId: null,
      action: 'lti-platform.register-dynamic',
      organisationId: link.organisationId,
      detail: { platformId: platform.id, issuer: data.issuer, linkId: link.id, productFamily: family },
    })
    return {
      ok: true,
      platform: { id: platform.id, name, issuer: data.issuer, clientId: data.clientId, deploymentId },
    }
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      return fail('already-registered')
    throw error
  }
}
