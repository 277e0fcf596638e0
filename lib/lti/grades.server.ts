import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { standingOf, standings } from '@/lib/progress/standing.server'
import { getCase } from '@/lib/scenarios/catalog.server'
import { AGS_SCORE_SCOPE } from './claims'
import { toolKey } from './keys.server'

// Assignment and Grade Services 2.0: when a learner who came from an LMS finishes a dilemma, their score goes to the
// gradebook column of the link they launched. Scores are queued in LtiScore and sent by the outbox (lib/outbox), so
// an LMS that is down gets them later. The grade is the score, read from the progress read model
// (lib/progress/standing.server.ts): a dilemma link carries the dilemma's best score, complete once it is afgerond;
// a whole-case link the average of the best scores over the case's dilemmas, complete when every dilemma is afgerond.
// Behaald is not a grade: the LMS gets the score and decides its own pass mark.
// Only complete scores go out, as FullyGraded (ADR 036): a whole-case link sends nothing until every dilemma of the
// case is afgerond. A partial score sent as Pending is blanked by Moodle and ignored by Canvas; sent without a score
// as NotReady it would clear a grade the docent entered by hand (AGS 2.0: a score without scoreGiven clears it).

/** Queues the current score of every gradebook link of this learner in this case. */
export async function queueGradeUpdates(userId: string, caseId: string) {
  const links = await db().ltiGradeLink.findMany({ where: { userId, caseId } })
  if (links.length === 0) return 0
  const dilemmaIds = [
    ...new Set([
      ...(getCase(caseId)?.dilemmas.map((d) => d.id) ?? []),
      ...links.flatMap((l) => (l.dilemmaId ? [l.dilemmaId] : [])),
    ]),
  ]
  const progress = await standings(
    [userId],
    dilemmaIds.map((dilemmaId) => ({ caseId, dilemmaId })),
  )
  const best = new Map(
    dilemmaIds.flatMap((dilemmaId) => {
      const standing = standingOf(progress, userId, { caseId, dilemmaId })
      return standing.status === 'afgerond' ? [[dilemmaId, standing.bestScore ?? 0] as const] : []
    }),
  )
  const dilemmaCount = getCase(caseId)?.dilemmas.length ?? best.size
  const scores = links.map((link) => {
    if (link.dilemmaId) {
      const score = best.get(link.dilemmaId)
      return score === undefined ? null : { gradeLinkId: link.id, scoreGiven: score }
    }
    if (best.size < dilemmaCount) return null
    const total = [...best.values()].reduce((sum, s) => sum + s, 0)
    return { gradeLinkId: link.id, scoreGiven: Math.round(total / Math.max(1, dilemmaCount)) }
  })
  const due = scores.filter((s) => s !== null).map((s) => ({ ...s, scoreMaximum: 100, completed: true }))
  await db().ltiScore.createMany({ data: due })
  return due.length
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().optional() })
const tokens = new Map<string, { token: string; until: number }>()

/**
 * An access token for the platform's services, AGS scores by default, NRPS rosters too (client credentials with a
 * signed JWT assertion, IMS Security Framework §4.1).
 */
export async function accessToken(
  platform: { id: string; clientId: string; accessTokenUrl: string; accessTokenAudience: string | null },
  scope = AGS_SCORE_SCOPE,
) {
  // Keyed by the endpoint too: a registration changed by an admin must not reuse the old token.
  const cacheKey = `${tokenCacheKey(platform)}${scope === AGS_SCORE_SCOPE ? '' : ` ${scope}`}`
  const cached = tokens.get(cacheKey)
  if (cached && cached.until > Date.now()) return cached.token
  const key = await toolKey()
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.accessTokenAudience ?? platform.accessTokenUrl)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(randomUUID())
    .sign(key.privateKey)
  const response = await fetch(platform.accessTokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw await refusal(response, 'token')
  const parsed = tokenSchema.parse(await response.json())
  const seconds = parsed.expires_in ?? 3600
  tokens.set(cacheKey, { token: parsed.access_token, until: Date.now() + Math.max(0, seconds - 60) * 1000 })
  return parsed.access_token
}

/** The line item's scores URL: "/scores" goes before any query string (AGS 2.0 §3.4). */
export function scoresUrl(lineItemUrl: string) {
  const url = new URL(lineItemUrl)
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`
  return url.toString()
}

export type QueuedScore = {
  id: string
  scoreGiven: number
  scoreMaximum: number
  createdAt: Date
  ltiUserId: string
  lineItemUrl: string
  platformId: string
  clientId: string
  accessTokenUrl: string
  accessTokenAudience: string | null
}

/**
 * A platform's answer that a score could not be taken. Permanent answers (most 4xx: the column or the learner is gone,
 * the registration is wrong, the score is refused) are parked by the outbox instead of retried: sending the same
 * score again gets the same answer. 408, 425 and 429 say "later", like 5xx and network faults, and are retried.
 */
export class PlatformRefusal extends Error {
  readonly status: number
  readonly excerpt: string
  readonly endpoint: 'token' | 'score'

  constructor(status: number, excerpt: string, endpoint: 'token' | 'score') {
    super(`${endpoint} endpoint answered ${status}${excerpt ? `: ${excerpt}` : ''}`)
    this.status = status
    this.excerpt = excerpt
    this.endpoint = endpoint
  }

  get permanent() {
    return isPermanent(this.status)
  }
}

export function isPermanent(status: number) {
  return status >= 400 && status < 500 && status !== 408 && status !== 425 && status !== 429
}

/**
 * A short, plain-text excerpt of a platform's answer for the admin: tags, control characters and runs of white space
 * taken out, at most 200 characters. React escapes it again when shown.
 */
export function answerExcerpt(body: string) {
  const text = body
    .slice(0, 4000)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
  const printable = Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0
    return code < 0x20 || (code >= 0x7f && code < 0xa0) ? ' ' : char
  }).join('')
  return printable.replace(/\s+/g, ' ').trim().slice(0, 200)
}

async function refusal(response: Response, endpoint: 'token' | 'score') {
  const body = await response.text().catch(() => '')
  return new PlatformRefusal(response.status, answerExcerpt(body), endpoint)
}

function tokenCacheKey(platform: { id: string; accessTokenUrl: string }) {
  return `${platform.id} ${platform.accessTokenUrl}`
}

async function postScore(score: QueuedScore, token: string) {
  return fetch(scoresUrl(score.lineItemUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.ims.lis.v1.score+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      userId: score.ltiUserId,
      scoreGiven: score.scoreGiven,
      scoreMaximum: score.scoreMaximum,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: score.createdAt.toISOString(),
    }),
    signal: AbortSignal.timeout(10_000),
  })
}

/**
 * Sends one score. A 401 from the score endpoint may be a token the platform forgot (restarted, revoked): the token is
 * dropped and the score sent once more with a fresh one; a second 401 is the platform's real answer.
 */
export async function sendScore(score: QueuedScore) {
  const platform = {
    id: score.platformId,
    clientId: score.clientId,
    accessTokenUrl: score.accessTokenUrl,
    accessTokenAudience: score.accessTokenAudience,
  }
  let response = await postScore(score, await accessToken(platform))
  if (response.status === 401) {
    await response.body?.cancel()
    tokens.delete(tokenCacheKey(platform))
    response = await postScore(score, await accessToken(platform))
  }
  if (response.status === 401) tokens.delete(tokenCacheKey(platform))
  if (!response.ok) throw await refusal(response, 'score')
}
