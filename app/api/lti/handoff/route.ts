import { NextResponse } from 'next/server'
import { sessionCookieFor } from '@/lib/auth/issue-session.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { isSameOrigin } from '@/lib/http/same-origin'
import { HANDOFF_STATUS, handoffTokenSchema, redeemHandoff } from '@/lib/lti/handoff.server'
import { ltiErrorPage } from '@/lib/lti/responses.server'

// The hand-off's new window (lib/lti/handoff.server.ts): the form on our page in the LMS's frame posts the token here
// with target="_blank". A top-level window of Deelwijs, so its session cookie is first-party: an ordinary Lax one, not
// a framed session. Same origin only: a page on another site cannot make a victim's browser use an attacker's
// hand-off (login CSRF), as ADR 035 keeps for the launch itself.

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return ltiErrorPage('invalid-request', 403)
  const form = await request.formData().catch(() => null)
  const token = handoffTokenSchema.safeParse(form?.get('overdracht'))
  if (!token.success) return ltiErrorPage('invalid-request', 400)
  const handoff = await redeemHandoff(token.data)
  if (!handoff.ok) return ltiErrorPage(handoff.error, HANDOFF_STATUS[handoff.error])
  const cookie = await sessionCookieFor(handoff.userId, handoff.sessionVersion, 'exempt')
  const response = NextResponse.redirect(new URL(handoff.destination, await publicOrigin()), 303)
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  return response
}
