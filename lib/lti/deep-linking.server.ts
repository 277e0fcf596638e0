import { randomUUID } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import { LTI, LTI_DL } from './claims'
import { toolKey } from './keys.server'
import type { VerifiedLaunch } from './launch.server'

// LTI Deep Linking 2.0: a docent in the LMS asks for content; Deelwijs shows its picker (app/lti/kiezen) and posts the
// chosen dilemmas back as resource links, each with a gradebook column (line item) for AGS.
// Between the launch and the choice, the request's settings travel in a short-lived ticket signed with the server
// secret, bound to the docent's account, so nothing about the request has to be stored.

const TICKET_AUDIENCE = 'deelwijs:lti-deep-link'
const ticketSchema = z.object({
  sub: z.string(),
  platformId: z.string(),
  deploymentId: z.string(),
  returnUrl: z.url(),
  data: z.string().optional(),
  acceptMultiple: z.boolean(),
})
export type DeepLinkTicket = z.infer<typeof ticketSchema>

function ticketKey() {
  return new TextEncoder().encode(`${env().NEXTAUTH_SECRET ?? ''}:lti-deep-link`)
}

export async function deepLinkTicket(launch: VerifiedLaunch, userId: string) {
  const settings = launch.claims[`${LTI_DL}deep_linking_settings`]
  if (!settings) throw new Error('not a deep linking request')
  return new SignJWT({
    platformId: launch.platform.id,
    deploymentId: launch.claims[`${LTI}deployment_id`],
    returnUrl: settings.deep_link_return_url,
    data: settings.data,
    acceptMultiple: settings.accept_multiple ?? true,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setAudience(TICKET_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(ticketKey())
}

/** The ticket's settings, when it is genuine, unexpired and was issued to this user; null otherwise. */
export async function readTicket(token: string, userId: string): Promise<DeepLinkTicket | null> {
  try {
    const { payload } = await jwtVerify(token, ticketKey(), { audience: TICKET_AUDIENCE, algorithms: ['HS256'] })
    const ticket = ticketSchema.safeParse(payload)
    return ticket.success && ticket.data.sub === userId ? ticket.data : null
  } catch {
    return null
  }
}

export const selectionSchema = z
  .array(z.string().regex(/^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64})?$/))
  .min(1)
  .max(50)

/** One LTI resource link per chosen item ("case/dilemma", or "case" for the whole case), each with a line item. */
export function contentItems(selection: string[], origin: string) {
  return selection.flatMap((item) => {
    const [caseId, dilemmaId] = item.split('/') as [string, string | undefined]
    const found = dilemmaId ? getDilemma(caseId, dilemmaId) : getCase(caseId)
    if (!found) return []
    const caseTitle = getCase(caseId)?.frontmatter.title ?? caseId
    const title = dilemmaId ? `${caseTitle}: ${found.frontmatter.title}` : `${caseTitle} (hele casus)`
    return [
      {
        type: 'ltiResourceLink',
        title,
        url: `${origin}/leren/${item}`,
        custom: { deelwijs_case: caseId, ...(dilemmaId ? { deelwijs_dilemma: dilemmaId } : {}) },
        lineItem: { scoreMaximum: 100, label: title, resourceId: item, tag: 'deelwijs' },
      },
    ]
  })
}

/** The signed LtiDeepLinkingResponse message (Deep Linking 2.0 §4.5), for the platform's return URL. */
export async function deepLinkingResponse(ticket: DeepLinkTicket, items: ReturnType<typeof contentItems>) {
  const platform = await db().ltiPlatform.findUnique({ where: { id: ticket.platformId } })
  if (!platform) return null
  const key = await toolKey()
  return new SignJWT({
    nonce: randomUUID(),
    [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
    [`${LTI}version`]: '1.3.0',
    [`${LTI}deployment_id`]: ticket.deploymentId,
    [`${LTI_DL}content_items`]: ticket.acceptMultiple ? items : items.slice(0, 1),
    ...(ticket.data ? { [`${LTI_DL}data`]: ticket.data } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey)
}
