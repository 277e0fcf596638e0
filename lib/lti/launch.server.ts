import { randomBytes } from 'node:crypto'
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify } from 'jose'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { type Binding, cookieBinding, sameSecret } from './browser-binding'
import { type LaunchClaims, LTI, launchClaimsSchema } from './claims'

// The two protocol steps of an LTI 1.3 launch (IMS Security Framework §5.1.1, OIDC third-party initiated login):
// 1. beginLogin: the platform sends the browser to our login URL; we remember a single-use state and nonce (and the
//    login route leaves a cookie with the state in the browser) and send the browser to the platform's authorisation
//    endpoint.
// 2. verifyLaunch: the platform posts a signed ID token back; we check the state (once) and that this browser began
//    the login (its state cookie, or the platform's storage when the browser keeps no cookie in the LMS's frame: ADR
//    035), pick the registration by the token's issuer, audience and deployment, check the signature against the
//    platform's published keys, issuer, audience, authorised party, expiry, nonce and target link, then the LTI
//    claims.

export const loginInitiationSchema = z.object({
  iss: z.string().min(1).max(500),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.url(),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().max(255).optional(),
  lti_deployment_id: z.string().max(255).optional(),
  // 1EdTech LTI Client Side postMessages: the platform frame that keeps values for us ('_parent' or a frame's name).
  // A name we cannot use safely is treated as no storage, not as a broken login.
  lti_storage_target: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
})
export type LoginInitiation = z.infer<typeof loginInitiationSchema>

/** A login initiation's parameters as a query string again (for our own next step, or to start it over). */
export function loginQuery(params: Record<string, string | undefined>) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value)
  return query.toString()
}

export const launchPostSchema = z.object({ id_token: z.string().min(1).max(20_000), state: z.string().min(1).max(200) })

/**
 * What the browser that posts a launch shows of the login it claims to finish: its cookies (the state cookie of
 * lib/lti/browser-binding.ts), or the value our launch page read back from the platform's storage.
 */
export type BrowserEvidence = { cookies: Record<string, string> } | { storedState: string }

export type LaunchError =
  | 'unknown-platform'
  | 'invalid-state'
  | 'invalid-token'
  | 'invalid-claims'
  | 'wrong-deployment'
  | 'wrong-target'
  | 'state-mismatch'
  | 'state-unverified'

/** Clocks of platforms and of Deelwijs drift apart; a minute either way is accepted (as most LTI libraries do). */
export const CLOCK_TOLERANCE_SECONDS = 60
/** The one algorithm of every registration (IMS Security Framework §6.1: RS256); the token does not get to choose. */
const ALGORITHM = 'RS256'

const STATE_MINUTES = 10

export async function beginLogin(
  params: LoginInitiation,
  launchUrl: string,
): Promise<{ error: 'unknown-platform' } | { redirect: string; state: string }> {
  const platform = await loginRegistration(params)
  if (!platform) return { error: 'unknown-platform' }
  await db().ltiLoginState.deleteMany({ where: { expiresAt: { lt: new Date() } } })
  const login = await newLoginState({ platformId: platform.id, targetLinkUri: params.target_link_uri })
  return { redirect: authorisationUrl(platform, login, params, launchUrl), state: login.state }
}

async function newLoginState(data: { platformId: string; targetLinkUri: string; storageTarget?: string }) {
  const state = randomBytes(24).toString('base64url')
  const nonce = randomBytes(24).toString('base64url')
  await db().ltiLoginState.create({
    data: { ...data, state, nonce, expiresAt: new Date(Date.now() + STATE_MINUTES * 60_000) },
  })
  return { state, nonce }
}

/** The platform's authorisation endpoint with our request (IMS Security Framework §5.1.1.2). */
function authorisationUrl(
  platform: { clientId: string; authLoginUrl: string },
  login: { state: string; nonce: string },
  params: LoginInitiation,
  launchUrl: string,
) {
  const url = new URL(platform.authLoginUrl)
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: params.login_hint,
    state: login.state,
    nonce: login.nonce,
    ...(params.lti_message_hint ? { lti_message_hint: params.lti_message_hint } : {}),
  }
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return url.toString()
}

/** Where a login whose state cookie came back goes on to: the platform, or nothing when the state is unknown. */
export async function continueLogin(state: string, params: LoginInitiation, launchUrl: string) {
  const login = await liveLogin(state)
  if (!login) return null
  const platform = await db().ltiPlatform.findUnique({ where: { id: login.platformId } })
  return platform ? authorisationUrl(platform, login, params, launchUrl) : null
}

function liveLogin(state: string) {
  return db().ltiLoginState.findFirst({ where: { state, expiresAt: { gt: new Date() } } })
}

/**
 * A login whose state cookie did not come back (the browser blocks cookies in the LMS's frame) starts over with a
 * fresh state and nonce kept in the platform's storage instead. Fresh, because the state in the URL may have been
 * given by someone else: whoever began a login must never get its state stored in another browser. The old state is
 * gone; the new one is known only to this browser's page and the platform frame it stores it in.
 */
export async function restartLoginWithStorage(
  state: string,
  storageTarget: string,
  params: LoginInitiation,
  launchUrl: string,
): Promise<{ error: 'invalid-state' } | { state: string; redirect: string; platformOrigin: string }> {
  const [old] = await db().$queryRaw<{ platformId: string; targetLinkUri: string }[]>`
    DELETE FROM "LtiLoginState" WHERE "state" = ${state} AND "expiresAt" > now()
    RETURNING "platformId", "targetLinkUri"`
  if (!old) return { error: 'invalid-state' }
  const platform = await db().ltiPlatform.findUnique({ where: { id: old.platformId } })
  if (!platform) return { error: 'invalid-state' }
  const login = await newLoginState({ ...old, storageTarget })
  return {
    state: login.state,
    redirect: authorisationUrl(platform, login, params, launchUrl),
    platformOrigin: new URL(platform.authLoginUrl).origin,
  }
}

/** A login that cannot go on in this browser (no cookie, no storage) is dropped: its state is of no use to anyone. */
export async function dropLogin(state: string) {
  await db().ltiLoginState.deleteMany({ where: { state } })
}

/**
 * For a launch that came without any state cookie: the platform frame and origin its login stored the state with, or
 * null when it stored none (or the state is unknown). The row stays for verifyLaunch.
 */
export async function storageOfLogin(state: string) {
  const login = await liveLogin(state)
  if (!login?.storageTarget) return null
  const platform = await db().ltiPlatform.findUnique({ where: { id: login.platformId } })
  return platform ? { target: login.storageTarget, platformOrigin: new URL(platform.authLoginUrl).origin } : null
}

/**
 * The registration to send the login to. Only the issuer, client ID and authorisation URL matter here: the deployment
 * is chosen at launch, from the signed token (lti_deployment_id of the login is a hint, unsigned, and optional). Without a client ID the issuer must have one client registered; with
 * several, guessing one (say the oldest) would break the others, so the login is refused.
 */
async function loginRegistration(params: LoginInitiation) {
  const rows = await db().ltiPlatform.findMany({
    where: {
      issuer: params.iss,
      ...(params.client_id ? { clientId: params.client_id } : {}),
    },
    select: { id: true, clientId: true, authLoginUrl: true },
  })
  const clients = new Set(rows.map((row) => `${row.clientId}\n${row.authLoginUrl}`))
  return clients.size === 1 ? rows[0] : null
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

export async function verifyLaunch(
  idToken: string,
  state: string,
  browser: BrowserEvidence,
): Promise<VerifiedLaunch | { error: LaunchError }> {
  // Single use: the state row is deleted as it is read, so a replayed launch finds nothing.
  const [stored] = await db().$queryRaw<
    { nonce: string; platformId: string; targetLinkUri: string; storageTarget: string | null }[]
  >`
    DELETE FROM "LtiLoginState" WHERE "state" = ${state} AND "expiresAt" > now()
    RETURNING "nonce", "platformId", "targetLinkUri", "storageTarget"`
  if (!stored) return { error: 'invalid-state' }
  // The browser that posts the launch must be the one that began the login (login CSRF), checked before anything in
  // the token is looked at.
  const binding = browserBinding(state, browser, stored.storageTarget)
  if (binding === 'mismatch') return { error: 'state-mismatch' }
  if (binding === 'missing') return { error: 'state-unverified' }
  const login = await db().ltiPlatform.findUnique({ where: { id: stored.platformId } })
  if (!login) return { error: 'unknown-platform' }
  const platform = await launchRegistration(idToken)
  if ('error' in platform) return platform
  // The token must come from the platform and client the login was started for.
  if (platform.issuer !== login.issuer || platform.clientId !== login.clientId) return { error: 'invalid-token' }
  const claims = await verifiedClaims(idToken, platform)
  if ('error' in claims) return claims
  if (claims.nonce !== stored.nonce) return { error: 'invalid-token' }
  if (claims[`${LTI}target_link_uri`] !== stored.targetLinkUri) return { error: 'wrong-target' }
  return { platform, claims }
}

/**
 * The state cookie decides when the browser sent any; the platform's storage only for a login that used it, and only
 * with the value our launch page read from the platform's frame (app/api/lti/launch/storage). Neither: unverified.
 */
function browserBinding(state: string, browser: BrowserEvidence, storageTarget: string | null): Binding {
  if ('cookies' in browser) return cookieBinding(state, browser.cookies, env())
  if (!storageTarget || browser.storedState === '') return 'missing'
  return sameSecret(browser.storedState, state) ? 'match' : 'mismatch'
}

const unverifiedSchema = z.object({
  iss: z.string().min(1),
  aud: z.union([z.string(), z.array(z.string())]),
  azp: z.string().optional(),
  [`${LTI}deployment_id`]: z.string().min(1).max(255),
})

/**
 * The registration a launch belongs to, by the token's issuer, audience (our client ID) and deployment (LTI Core 1.3
 * §3.1.3: one platform may deploy the tool several times). Read before the signature is checked, only to know whose
 * keys to check it with; verifiedClaims then checks that the registration's issuer and client ID are the token's.
 */
async function launchRegistration(idToken: string) {
  let unverified: z.infer<typeof unverifiedSchema>
  try {
    const parsed = unverifiedSchema.safeParse(decodeJwt(idToken))
    // Not signed yet, so nothing in it is trusted enough to be called bad claims.
    if (!parsed.success) return { error: 'invalid-token' as const }
    unverified = parsed.data
  } catch {
    return { error: 'invalid-token' as const }
  }
  const audiences = typeof unverified.aud === 'string' ? [unverified.aud] : unverified.aud
  const rows = await db().ltiPlatform.findMany({
    where: {
      issuer: unverified.iss,
      clientId: { in: unverified.azp ? [unverified.azp] : audiences },
    },
  })
  if (rows.length === 0) return { error: 'unknown-platform' as const }
  const deployment = unverified[`${LTI}deployment_id`]
  const matching = rows.filter((row) => row.deploymentId === deployment)
  if (matching.length !== 1) return { error: 'wrong-deployment' as const }
  return matching[0] as NonNullable<(typeof matching)[number]>
}

/** The token's claims, once its signature, algorithm, issuer, audience, authorised party and lifetime check out. */
async function verifiedClaims(
  idToken: string,
  platform: { issuer: string; clientId: string; jwksUrl: string },
): Promise<LaunchClaims | { error: LaunchError }> {
  let payload: unknown
  try {
    const verified = await jwtVerify(idToken, keySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: [ALGORITHM],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat'],
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
  // The authorised party, when named, must be us; with several audiences it must be named (OIDC Core §3.1.3.7).
  if (claims.azp !== undefined && claims.azp !== platform.clientId) return { error: 'invalid-token' }
  if (Array.isArray(claims.aud) && claims.aud.length > 1 && claims.azp === undefined) return { error: 'invalid-token' }
  return claims
}
