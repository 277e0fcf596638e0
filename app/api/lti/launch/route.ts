import { after, NextResponse } from 'next/server'
import { sessionCookieFor } from '@/lib/auth/issue-session.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { LTI } from '@/lib/lti/claims'
import { deepLinkTicket } from '@/lib/lti/deep-linking.server'
import { launchPostSchema, verifyLaunch } from '@/lib/lti/launch.server'
import { provisionLaunch, targetPath } from '@/lib/lti/provision.server'
import { ltiErrorPage } from '@/lib/lti/responses.server'
import { syncRosterIfStale } from '@/lib/lti/roster.server'
import { recordLmsLaunch } from '@/lib/xapi/record.server'

// LTI 1.3 launch (the "Redirect URL" / "Target link URI" in the LMS): the platform's form post with a signed ID token.
// This request comes from the LMS's site by design, so it has no same-origin check; it is authenticated instead by
// the single-use state, the platform's signature and the nonce (lib/lti/launch.server.ts).
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null)
  const parsed = launchPostSchema.safeParse(form ? Object.fromEntries(form.entries()) : {})
  if (!parsed.success) return ltiErrorPage('invalid-request')

  const launch = await verifyLaunch(parsed.data.id_token, parsed.data.state)
  if ('error' in launch) return ltiErrorPage(launch.error, launch.error === 'unknown-platform' ? 404 : 401)

  const origin = await publicOrigin()
  const outcome = await provisionLaunch(launch, origin)
  if (!outcome.ok) return ltiErrorPage(outcome.reason, 403)
  // The course roster (NRPS) fills the class after the response, so the launch does not wait for the LMS.
  const { groupId } = outcome
  if (groupId) after(() => syncRosterIfStale(groupId))

  let destination = targetPath(outcome.target)
  if (launch.claims[`${LTI}message_type`] === 'LtiDeepLinkingRequest') {
    if (outcome.role !== 'docent') return ltiErrorPage('not-staff', 403)
    destination = `/lti/kiezen?sessie=${encodeURIComponent(await deepLinkTicket(launch, outcome.userId))}`
  } else {
    await recordLmsLaunch(outcome.userId, outcome.target)
  }

  const cookie = await sessionCookieFor(outcome.userId, outcome.sessionVersion, 'exempt')
  const response = NextResponse.redirect(new URL(destination, origin), 303)
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  return response
}
