import { headers } from 'next/headers'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import { readTicket, replyToPicker } from '@/lib/lti/deep-linking.server'
import { autoPostPage, ltiErrorPage } from '@/lib/lti/responses.server'

// POST from the picker (app/lti/kiezen): signs the docent's choice, or their cancel, as an LtiDeepLinkingResponse and
// sends the browser back to the LMS with it. The only page of ours that posts to another site (proxy.ts widens
// form-action for it). The ticket authenticates it, not a session: in an LMS's frame the browser may keep no cookie
// of ours (ADR 037). Same origin only, so the ticket cannot be posted from another site.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return ltiErrorPage('invalid-request', 403)
  const form = await request.formData().catch(() => null)
  const ticket = await readTicket(String(form?.get('sessie') ?? ''))
  if (!ticket) return ltiErrorPage('invalid-ticket', 403)
  const reply = await replyToPicker(ticket, form, await publicOrigin())
  if (!reply.ok) return ltiErrorPage(reply.error, reply.error === 'unknown-platform' ? 404 : 400)
  return autoPostPage(reply.returnUrl, { JWT: reply.jwt }, (await headers()).get('x-nonce'))
}
