import { randomBytes } from 'node:crypto'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { type LaunchClaims, LTI, launchClaimsSchema } from './claims'

// The two protocol steps of an LTI 1.3 launch (IMS Security Framework §5.1.1, OIDC third-party initiated login):
// 1. beginLogin: the platform sends the browser to our login URL; we remember a single-use state and nonce and send
//    the browser to the platform's authorisation endpoint.
// 2. verifyLaunch: the platform posts a signed ID token back; we check the state (once), the signature against the
//    platform's published keys, issuer, audience, expiry, nonce and deployment, then the LTI claims.

export const loginInitiationSchema = z.object({
  iss: z.string().min(1).max(500),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.url(),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().max(255).optional(),
  lti_deployment_id: z.string().max(255).optional(),
})
export type LoginInitiation = z.infer<typeof loginInitiationSchema>

export const launchPostSchema = z.object({ id_token: z.string().min(1).max(20_000), state: z.string().min(1).max(200) })

export type LaunchError = 'unknown-platform' | 'invalid-state' | 'invalid-token' | 'invalid-claims' | 'wrong-deployment'

const STATE_MINUTES = 10

export async function beginLogin(
  params: LoginInitiation,
  launchUrl: string,
): Promise<{ error: 'unknown-platform' } | { redirect: string; state: string }> {
  const platform = await db().ltiPlatform.findFirst({
    where: {
      issuer: params.iss,
      ...(params.client_id ? { clientId: params.client_id } : {}),
      ...(params.lti_deployment_id ? { deploymentId: params.lti_deployment_id } : {}),
    },
    orderBy: { createdAt: 'asc' },
  })
  if (!platform) return { error: 'unknown-platform' }
  const state = randomBytes(24).toString('base64url')
  const nonce = randomBytes(24).toString('base64url')
  await db().ltiLoginState.deleteMany({ where: { expiresAt: { lt: new Date() } } })
  await db().ltiLoginState.create({
    data: { state, nonce, platformId: platform.id, expiresAt: new Date(Date.now() + STATE_MINUTES * 60_000) },
  })
  const url = new URL(platform.authLoginUrl)
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: params.login_hint,
    state,
    nonce,
    ...(params.lti_message_hint ? { lti_message_hint: params.lti_message_hint } : {}),
  }
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return { redirect: url.toString(), state }
}

// Platforms rotate keys: jose's remote key set refetches on an unknown kid, and is kept per JWKS URL.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()
function keySet(url: string) {
  let set = keySets.get(url)
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 })
    keySets.set(url, set)
  }
  return set
}

export type VerifiedLaunch = {
  platform: { id: string; organisationId: string; issuer: string; clientId: string; deploymentId: string }
  claims: LaunchClaims
}

export async function verifyLaunch(idToken: string, state: string): Promise<VerifiedLaunch | { error: LaunchError }> {
  // Single use: the state row is deleted as it is read, so a replayed launch finds nothing.
  const [stored] = await db().$queryRaw<{ nonce: string; platformId: string }[]>`
    DELETE FROM "LtiLoginState" WHERE "state" = ${state} AND "expiresAt" > now() RETURNING "nonce", "platformId"`
  if (!stored) return { error: 'invalid-state' }
  const platform = await db().ltiPlatform.findUnique({ where: { id: stored.platformId } })
  if (!platform) return { error: 'unknown-platform' }

  let payload: unknown
  try {
    const verified = await jwtVerify(idToken, keySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256'],
      maxTokenAge: '10m',
    })
    payload = verified.payload
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return { error: 'invalid-token' }
    throw error
  }
  const parsed = launchClaimsSchema.safeParse(payload)
  if (!parsed.success) return { error: 'invalid-claims' }
  const claims = parsed.data
  if (claims.nonce !== stored.nonce) return { error: 'invalid-token' }
  // With several audiences, the authorised party must be us (OIDC Core §3.1.3.7).
  if (Array.isArray(claims.aud) && claims.aud.length > 1 && claims.azp !== platform.clientId) {
    return { error: 'invalid-token' }
  }
  if (claims[`${LTI}deployment_id`] !== platform.deploymentId) return { error: 'wrong-deployment' }
  return { platform, claims }
}
