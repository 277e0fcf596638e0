import { headers } from 'next/headers'
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { env } from '@/lib/env.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { cookieBinding, requestCookies } from '@/lib/lti/browser-binding'
import {
  continueLogin,
  dropLogin,
  loginInitiationSchema,
  loginQuery,
  restartLoginWithStorage,
} from '@/lib/lti/launch.server'
import { storePage } from '@/lib/lti/platform-storage.server'
import { ltiErrorPage, relaunchPage } from '@/lib/lti/responses.server'

// The second half of the login initiation: the browser comes back from /api/lti/login, and its cookies say whether
// it kept the login's state cookie (ADR 035).
// - Kept: on to the platform's authorisation endpoint; the launch will bring the cookie back.
// - Not kept, and the platform offers storage (lti_storage_target): a fresh state kept in the platform's frame by our
//   page, then on to the platform.
// - Not kept, no storage: the launch could not be tied to this browser, so we do not start it here; the page offers
//   to open Deelwijs in a new window, where the cookie works.
// Nothing here signs anyone in: the launch does its own checks, whatever happened on the way.
const continueSchema = loginInitiationSchema.extend({ state: z.string().min(1).max(200) })

export async function GET(request: Request) {
  const parsed = continueSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) return ltiErrorPage('invalid-request')
  const { state, ...params } = parsed.data
  const origin = await publicOrigin()
  const launchUrl = `${origin}/api/lti/launch`

  const binding = cookieBinding(state, requestCookies(request), env())
  if (binding === 'match') {
    const next = await continueLogin(state, params, launchUrl)
    return next ? NextResponse.redirect(next, 302) : ltiErrorPage('invalid-state', 401)
  }
  if (binding === 'mismatch') {
    await dropLogin(state)
    return ltiErrorPage('state-mismatch', 401)
  }

  const { lti_storage_target: target, ...withoutStorage } = params
  // In a window of its own the platform's frame is not there, so the new login does not ask for its storage.
  const relaunchUrl = `${origin}/api/lti/login?${loginQuery(withoutStorage)}`
  if (!target) {
    await dropLogin(state)
    return relaunchPage(relaunchUrl)
  }
  const fresh = await restartLoginWithStorage(state, target, params, launchUrl)
  if ('error' in fresh) return ltiErrorPage(fresh.error, 401)
  return storePage({
    state: fresh.state,
    platformOrigin: fresh.platformOrigin,
    target,
    authorisationUrl: fresh.redirect,
    relaunchUrl,
    nonce: (await headers()).get('x-nonce'),
  })
}
