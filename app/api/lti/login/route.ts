import { NextResponse } from 'next/server'
import { env } from '@/lib/env.server'
import { publicOrigin } from '@/lib/http/public-origin.server'
import { stateCookie } from '@/lib/lti/browser-binding'
import { beginLogin, loginInitiationSchema, loginQuery } from '@/lib/lti/launch.server'
import { ltiErrorPage } from '@/lib/lti/responses.server'

// LTI 1.3 OIDC login initiation (the "Login URL" / "OIDC login initiation URL" in the LMS). Platforms use GET or a
// form POST; both carry the same parameters. No session is needed or changed here, so no origin check applies.
// The browser gets the login's state cookie and comes back to /api/lti/login/continue, where we see whether it kept
// the cookie before sending it to the platform (docs/decisions/035-lti-launch-bound-to-the-browser.md).

async function initiate(params: Record<string, string>) {
  const parsed = loginInitiationSchema.safeParse(params)
  if (!parsed.success) return ltiErrorPage('invalid-request')
  const origin = await publicOrigin()
  const result = await beginLogin(parsed.data, `${origin}/api/lti/launch`)
  if ('error' in result) return ltiErrorPage(result.error, 404)
  const next = new URL(`/api/lti/login/continue?${loginQuery({ ...parsed.data, state: result.state })}`, origin)
  const response = NextResponse.redirect(next, 303)
  const cookie = stateCookie(result.state, env())
  response.cookies.set(cookie.name, cookie.value, cookie.options)
  return response
}

export async function GET(request: Request) {
  return initiate(Object.fromEntries(new URL(request.url).searchParams))
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null)
  if (!form) return ltiErrorPage('invalid-request')
  return initiate(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])))
}
