import { after, NextResponse } from 'next/server'
import { sessionCookieFor } from '@/lib/auth/issue-session.server'
import { frameOfLaunch } from '@/lib/auth/session-lifetime'
import { env } from '@/lib/env.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { recordLmsLaunch } from '@/lib/xapi/record.server'
import { expiredStateCookie } from './browser-binding'
import { LTI } from './claims'
import { deepLinkTicket } from './deep-linking.server'
import { createHandoff } from './handoff.server'
import type { LaunchError, VerifiedLaunch } from './launch.server'
import { provisionLaunch, targetPath } from './provision.server'
import { ltiErrorPage } from './responses.server'
import { syncRosterIfStale } from './roster.server'

// What follows a verified launch, whichever way the browser proved it began the login (its state cookie at
// /api/lti/launch, or the platform's storage at /api/lti/launch/storage): provision the person and course, sign them
// in, and send them to the dilemma or the deep-linking picker. The state cookie is single use and goes either way.
// A launch in a frame makes a framed session (a partitioned cookie) and checks that its cookie stuck before going on
// (lib/lti/handoff.server.ts, ADR 037); the picker needs no cookie, its ticket is enough.

export async function finishLaunch(launch: VerifiedLaunch, state: string, request: Request) {
  const origin = await publicOrigin()
  const outcome = await provisionLaunch(launch, origin)
  if (!outcome.ok) return withoutStateCookie(ltiErrorPage(outcome.reason, 403), state)
  // The course roster (NRPS) fills the class after the response, so the launch does not wait for the LMS.
  const { groupId } = outcome
  if (groupId) after(() => syncRosterIfStale(groupId))

  const session = frameOfLaunch(request.headers.get('sec-fetch-dest'), env())
  let destination = targetPath(outcome.target)
  if (launch.claims[`${LTI}message_type`] === 'LtiDeepLinkingRequest') {
    if (outcome.role !== 'docent') return withoutStateCookie(ltiErrorPage('not-staff', 403), state)
    destination = `/lti/kiezen?sessie=${encodeURIComponent(await deepLinkTicket(launch, outcome.userId))}`
  } else {
    await recordLmsLaunch(outcome.userId, outcome.target)
    // In a frame, the next request shows whether the cookie stuck: if not, the hand-off to a new window.
    if (session.frame)
      destination = `/api/lti/launch/check?overdracht=${await createHandoff(outcome.userId, destination)}`
  }

  const cookie = await sessionCookieFor(outcome.userId, outcome.sessionVersion, 'exempt', session)
  const response = NextResponse.redirect(new URL(destination, origin), 303)
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  return withoutStateCookie(response, state)
}

/** A refused launch: the Dutch page, and the state cookie removed (its state is used up). */
export function refuseLaunch(error: LaunchError, state: string) {
  return withoutStateCookie(ltiErrorPage(error, error === 'unknown-platform' ? 404 : 401), state)
}

function withoutStateCookie(response: NextResponse, state: string) {
  const expired = expiredStateCookie(state, env())
  response.cookies.set(expired.name, expired.value, expired.options)
  return response
}
