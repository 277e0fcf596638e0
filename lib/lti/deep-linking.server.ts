import { randomUUID } from 'node:crypto'
import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { parseFrameAncestors } from '@/lib/http/security-headers'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import { type LaunchClaims, LTI, LTI_DL } from './claims'
import { toolKey } from './keys.server'
import type { VerifiedLaunch } from './launch.server'

// LTI Deep Linking 2.0: a docent in the LMS asks for content; Deelwijs shows its picker (app/lti/kiezen) and posts the
// chosen dilemmas back as resource links, each with a gradebook column (line item) for AGS.
// Between the launch and the choice, the request's settings travel in a short-lived ticket signed with the server
// secret, bound to the docent's account, the deployment and the platform's return URL, so nothing about the request
// has to be stored. The ticket alone authenticates the picker and its post: they work in an LMS's frame where the
// browser keeps no cookie of ours (docs/decisions/037-framed-lti-sessions.md). The ticket carries what the
// platform accepts (deep_linking_settings, Deep Linking 2.0 §4.4.1): whether it takes resource links at all, how many,
// and in which presentation; the picker shows only what fits and the response route enforces it again.

const TICKET_AUDIENCE = 'deelwijs:lti-deep-link'
/** Long enough to look through the catalogue and choose; a leaked ticket is worth nothing after it. */
export const TICKET_LIFETIME = '30m'
/** The one content item type Deelwijs returns (Deep Linking 2.0 §3.1: an LTI resource link, with a line item). */
export const RESOURCE_LINK = 'ltiResourceLink'

const ticketSchema = z.object({
  sub: z.string(),
  platformId: z.string(),
  deploymentId: z.string(),
  returnUrl: z.url(),
  data: z.string().optional(),
  acceptMultiple: z.boolean(),
  /** False when the platform's accept_types leave out ltiResourceLink: then only cancelling is possible. */
  acceptsResourceLinks: z.boolean(),
  /** How the platform should show the links, among the targets it accepts; absent when none of ours fits. */
  presentation: z.enum(['iframe', 'window']).optional(),
})
export type DeepLinkTicket = z.infer<typeof ticketSchema>

function ticketKey() {
  return new TextEncoder().encode(`${env().NEXTAUTH_SECRET ?? ''}:lti-deep-link`)
}

type DeepLinkingSettings = NonNullable<LaunchClaims[`${typeof LTI_DL}deep_linking_settings`]>

/**
 * The presentation target for our links, among those the platform accepts. In a frame only when the platform's origin
 * may frame Deelwijs (FRAME_ANCESTORS, else the browser refuses the frame); otherwise a new window, which always
 * works. Neither accepted (say only "embed"): no presentation at all, which Deep Linking 2.0 allows, and the platform
 * uses its default.
 */
export function presentationFor(
  accepted: readonly string[],
  returnUrl: string,
  frameAncestors: readonly string[],
): 'iframe' | 'window' | undefined {
  const framable = frameAncestors.includes(new URL(returnUrl).origin)
  if (framable && accepted.includes('iframe')) return 'iframe'
  if (accepted.includes('window')) return 'window'
  return undefined
}

/** What the platform's deep_linking_settings allow, as the ticket carries it. */
export function acceptedBy(settings: DeepLinkingSettings) {
  return {
    // Deep Linking 2.0 leaves accept_multiple optional without a default; one item is what every platform takes.
    acceptMultiple: settings.accept_multiple === true,
    acceptsResourceLinks: settings.accept_types.includes(RESOURCE_LINK),
    presentation: presentationFor(
      settings.accept_presentation_document_targets ?? [],
      settings.deep_link_return_url,
      parseFrameAncestors(env().FRAME_ANCESTORS),
    ),
  }
}

export async function deepLinkTicket(launch: VerifiedLaunch, userId: string) {
  const settings = launch.claims[`${LTI_DL}deep_linking_settings`]
  if (!settings) throw new Error('not a deep linking request')
  const accepted = acceptedBy(settings)
  return new SignJWT({
    platformId: launch.platform.id,
    deploymentId: launch.claims[`${LTI}deployment_id`],
    returnUrl: settings.deep_link_return_url,
    data: settings.data,
    ...accepted,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setAudience(TICKET_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(TICKET_LIFETIME)
    .sign(ticketKey())
}

/**
 * The ticket's settings, when it is genuine and unexpired and its docent's account is still active; null otherwise.
 * No session is needed: the ticket was handed to the browser of the launch that proved who the docent is, and all it
 * can do is have Deelwijs sign content items for that launch's platform, deployment and return URL.
 */
export async function readTicket(token: string): Promise<DeepLinkTicket | null> {
  try {
    const { payload } = await jwtVerify(token, ticketKey(), { audience: TICKET_AUDIENCE, algorithms: ['HS256'] })
    const ticket = ticketSchema.safeParse(payload)
    if (!ticket.success) return null
    const docent = await db().user.findFirst({ where: { id: ticket.data.sub, active: true }, select: { id: true } })
    return docent ? ticket.data : null
  } catch {
    return null
  }
}

const itemId = z.string().regex(/^[a-z0-9-]{1,64}(\/[a-z0-9-]{1,64})?$/)
export const selectionSchema = z.array(itemId).min(1).max(50)

/**
 * The picker's form post: add the ticked items, or cancel. The ticket ("sessie") is read separately, since it decides
 * how many items may be sent.
 */
export const pickerPostSchema = z.discriminatedUnion('actie', [
  z.object({ actie: z.literal('toevoegen'), kies: z.array(z.string().max(140)).max(50) }),
  z.object({ actie: z.literal('annuleren') }),
])

export function readPickerPost(form: FormData | null) {
  return pickerPostSchema.safeParse({
    actie: String(form?.get('actie') ?? 'toevoegen'),
    kies: form?.getAll('kies').map(String) ?? [],
  })
}

/** One LTI resource link per chosen item ("case/dilemma", or "case" for the whole case), each with a line item. */
export function contentItems(selection: string[], origin: string, presentation?: DeepLinkTicket['presentation']) {
  return selection.flatMap((item) => {
    const [caseId, dilemmaId] = item.split('/') as [string, string | undefined]
    const found = dilemmaId ? getDilemma(caseId, dilemmaId) : getCase(caseId)
    if (!found) return []
    const caseTitle = getCase(caseId)?.frontmatter.title ?? caseId
    const title = dilemmaId ? `${caseTitle}: ${found.frontmatter.title}` : `${caseTitle} (hele casus)`
    return [
      {
        type: RESOURCE_LINK,
        title,
        url: `${origin}/leren/${item}`,
        custom: { deelwijs_case: caseId, ...(dilemmaId ? { deelwijs_dilemma: dilemmaId } : {}) },
        lineItem: { scoreMaximum: 100, label: title, resourceId: item, tag: 'deelwijs' },
        // Deep Linking 2.0 §3.2: "window" opens a new window (targetName), "iframe" shows the link in a frame.
        ...(presentation === 'window' ? { window: { targetName: 'deelwijs' } } : {}),
        ...(presentation === 'iframe' ? { iframe: { width: 1000, height: 800 } } : {}),
      },
    ]
  })
}
export type ContentItem = ReturnType<typeof contentItems>[number]

/** What goes back to the platform besides the items: messages it may show or log (Deep Linking 2.0 §4.5). */
export type ResponseMessages = { msg?: string; log?: string; errormsg?: string; errorlog?: string }

/** The signed LtiDeepLinkingResponse message (Deep Linking 2.0 §4.5), for the platform's return URL. */
export async function deepLinkingResponse(
  ticket: DeepLinkTicket,
  items: ContentItem[],
  messages: ResponseMessages = {},
) {
  const platform = await db().ltiPlatform.findUnique({ where: { id: ticket.platformId } })
  if (!platform) return null
  const key = await toolKey()
  const claims = Object.fromEntries(
    Object.entries(messages)
      .filter(([, value]) => value)
      .map(([name, value]) => [`${LTI_DL}${name}`, value]),
  )
  return new SignJWT({
    nonce: randomUUID(),
    [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
    [`${LTI}version`]: '1.3.0',
    [`${LTI}deployment_id`]: ticket.deploymentId,
    // Always within what the platform accepts, whatever the caller passed: the last line of defence.
    [`${LTI_DL}content_items`]: ticket.acceptsResourceLinks ? items.slice(0, ticket.acceptMultiple ? 50 : 1) : [],
    ...(ticket.data ? { [`${LTI_DL}data`]: ticket.data } : {}),
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey)
}

export type PickerReply =
  | { ok: true; returnUrl: string; jwt: string }
  | { ok: false; error: 'nothing-chosen' | 'one-only' | 'type-not-accepted' | 'unknown-platform' }

/**
 * The answer to the picker's post: the signed response for the chosen items, or for a cancel an empty one (Deep
 * Linking 2.0 §4.5: no content items), with a message the platform may show. A platform that does not take resource
 * links gets only the cancel, with an error message saying why.
 */
export async function replyToPicker(
  ticket: DeepLinkTicket,
  form: FormData | null,
  origin: string,
): Promise<PickerReply> {
  const post = readPickerPost(form)
  if (!post.success) return { ok: false, error: 'nothing-chosen' }
  let items: ContentItem[] = []
  let messages: ResponseMessages
  if (post.data.actie === 'annuleren') {
    messages = ticket.acceptsResourceLinks
      ? { msg: 'Er is niets uit Deelwijs toegevoegd.', log: 'cancelled by the user' }
      : {
          errormsg: 'Deelwijs kan alleen LTI-links toevoegen, en die neemt deze plek in de cursus niet aan.',
          errorlog: `accept_types has no ${RESOURCE_LINK}`,
        }
  } else {
    if (!ticket.acceptsResourceLinks) return { ok: false, error: 'type-not-accepted' }
    const selection = selectionSchema.safeParse(post.data.kies)
    if (!selection.success) return { ok: false, error: 'nothing-chosen' }
    if (!ticket.acceptMultiple && new Set(selection.data).size > 1) return { ok: false, error: 'one-only' }
    items = contentItems([...new Set(selection.data)], origin, ticket.presentation)
    if (items.length === 0) return { ok: false, error: 'nothing-chosen' }
    messages = {
      msg: items.length === 1 ? 'Eén item uit Deelwijs toegevoegd.' : `${items.length} items uit Deelwijs toegevoegd.`,
    }
  }
  const jwt = await deepLinkingResponse(ticket, items, messages)
  if (!jwt) return { ok: false, error: 'unknown-platform' }
  return { ok: true, returnUrl: ticket.returnUrl, jwt }
}
