import { headers } from 'next/headers'
import { getCurrentUser } from '@/lib/auth/session.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import { contentItems, deepLinkingResponse, readTicket, selectionSchema } from '@/lib/lti/deep-linking.server'
import { autoPostPage, ltiErrorPage } from '@/lib/lti/responses.server'

// POST from the picker (app/lti/kiezen): signs the docent's choice as an LtiDeepLinkingResponse and sends the browser
// back to the LMS with it. The only page of ours that posts to another site (proxy.ts widens form-action for it).
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return ltiErrorPage('invalid-request', 403)
  const user = await getCurrentUser()
  if (!user) return ltiErrorPage('invalid-ticket', 401)
  const form = await request.formData().catch(() => null)
  const ticket = await readTicket(String(form?.get('sessie') ?? ''), user.id)
  if (!ticket) return ltiErrorPage('invalid-ticket', 403)
  const selection = selectionSchema.safeParse(form?.getAll('kies').map(String) ?? [])
  if (!selection.success) return ltiErrorPage('nothing-chosen', 400)
  const items = contentItems(selection.data, await publicOrigin())
  if (items.length === 0) return ltiErrorPage('nothing-chosen', 400)
  const jwt = await deepLinkingResponse(ticket, items)
  if (!jwt) return ltiErrorPage('unknown-platform', 404)
  return autoPostPage(ticket.returnUrl, { JWT: jwt }, (await headers()).get('x-nonce'))
}
