import { NextResponse } from 'next/server'
import { claimsFromCookie } from '@/lib/auth/session.server'
import { SESSION_COOKIES } from '@/lib/auth/session-lifetime'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { requestCookies } from '@/lib/lti/browser-binding'
import { dropHandoff, HANDOFF_STATUS, handoffTokenSchema, pendingHandoff } from '@/lib/lti/handoff.server'
import { handoffPage, ltiErrorPage } from '@/lib/lti/responses.server'

// The request right after a launch in an LMS's frame (lib/lti/finish-launch.server.ts): does the browser show the
// session cookie that launch set? Yes (this user's session): the hand-off is dropped and the frame goes on to the
// dilemma. No (third-party cookies blocked, no partitioned cookie either): "Open Deelwijs in een nieuw venster",
// which posts the hand-off to a window of its own (docs/decisions/037-framed-lti-sessions.md).
export async function GET(request: Request) {
  const token = handoffTokenSchema.safeParse(new URL(request.url).searchParams.get('overdracht'))
  if (!token.success) return ltiErrorPage('invalid-request', 400)
  const handoff = await pendingHandoff(token.data)
  if (!handoff.ok) return ltiErrorPage(handoff.error, HANDOFF_STATUS[handoff.error])
  const cookies = requestCookies(request)
  const claims = await claimsFromCookie(SESSION_COOKIES.map((name) => cookies[name]).find(Boolean))
  if (claims?.sub === handoff.userId && (await dropHandoff(token.data, handoff.userId))) {
    return NextResponse.redirect(new URL(handoff.destination, await publicOrigin()), 303)
  }
  return handoffPage(token.data)
}
