import { type NextRequest, NextResponse } from 'next/server'
import { encode, getToken } from 'next-auth/jwt'
import {
  lifetimeFrom,
  needsRefresh,
  reissuedCookieOptions,
  SESSION_COOKIES,
  sessionVerdict,
} from '@/lib/auth/session-lifetime'
import { databaseHealth } from '@/lib/db/health-state'
import { env } from '@/lib/env.server'
import { contentSecurityPolicy, HSTS, parseFrameAncestors } from '@/lib/http/security-headers'

// The proxy only does two cheap things: a per-request CSP nonce, and redirecting anonymous visitors of member areas to
// the sign-in page. It is never the access check: every page, action and route handler calls its own guard.
const LIVENESS = '/api/health/live'
const MEMBER_AREAS = ['/leren', '/klas', '/rapportage', '/beheer', '/account', '/scenarios']

const frameAncestors = parseFrameAncestors(process.env.FRAME_ANCESTORS)
const production = process.env.NODE_ENV === 'production'

const UNAVAILABLE_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Even niet bereikbaar — Deelwijs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b2330">
<main><h1>Deelwijs is even niet bereikbaar</h1><p>We kunnen de gegevens nu niet ophalen. Wat je al deed, is bewaard.
Probeer het over een minuut opnieuw.</p></main></body></html>`

/** While the database is down (lib/db/health.server.ts), every request gets a clear 503 instead of an error page. */
function unavailable(pathname: string) {
  const headers = { 'retry-after': '10', 'cache-control': 'no-store' }
  return pathname.startsWith('/api/')
    ? NextResponse.json(
        { error: 'database-unavailable', message: 'De database is even niet bereikbaar.' },
        { status: 503, headers },
      )
    : new NextResponse(UNAVAILABLE_HTML, {
        status: 503,
        headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
      })
}

/**
 * Next compares a server action's Origin with the host by parsing it with `new URL`, which throws on a malformed value
 * (the request became a 500). Server actions are POSTs to pages (with JavaScript they carry a Next-Action header,
 * without it the action id is in the form body), so a POST outside /api/ whose Origin is present but not a URL is
 * refused here, before any action runs. Route handlers under /api/ check Origin themselves (an LTI launch from a
 * sandboxed frame may come with "Origin: null").
 */
function malformedOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin')
  if (request.method !== 'POST' || origin === null || request.nextUrl.pathname.startsWith('/api/')) return false
  return !URL.canParse(origin)
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (malformedOrigin(request)) {
    return NextResponse.json(
      { error: 'bad_origin', message: 'Dit verzoek komt niet van een geldige pagina. Laad de pagina opnieuw.' },
      { status: 403 },
    )
  }
  // Liveness says "the process runs", whatever the database does; readiness reports the database itself.
  if (databaseHealth()?.up === false && pathname !== LIVENESS) return unavailable(pathname)
  const memberArea = MEMBER_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))
  const cookieName = SESSION_COOKIES.find((name) => request.cookies.has(name))
  const token = cookieName ? await getToken({ req: request }) : null
  const lifetime = lifetimeFrom(env())
  const now = Math.floor(Date.now() / 1000)
  const verdict = token ? sessionVerdict(token, now, lifetime) : 'idle'

  if (memberArea && verdict !== 'ok') {
    const url = new URL('/inloggen', request.url)
    url.searchParams.set('terug', `${pathname}${search}`)
    if (token) url.searchParams.set('verlopen', '1')
    const redirect = NextResponse.redirect(url)
    // A partitioned cookie is only removed by a Set-Cookie that is partitioned too: the same attributes, expired.
    if (cookieName) redirect.cookies.set(cookieName, '', reissuedCookieOptions(cookieName, token ?? {}, 0))
    return redirect
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    // The LMS shows the dynamic registration page in its own frame (Canvas), on an address known only at run time; the
    // page acts on nothing but the secret in its URL, so framing it gives nothing away (ADR 038).
    frameAncestors: pathname.startsWith('/api/lti/register/') ? ['https:', ...frameAncestors] : frameAncestors,
    formActionAnywhere: pathname === '/api/lti/deep-link',
  })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', csp)
  if (production) response.headers.set('strict-transport-security', HSTS)
  if (token && cookieName && verdict === 'ok' && needsRefresh(token, now)) {
    // Slide the idle limit: a fresh cookie with the same claims, seen now, valid for another idle period.
    const value = await encode({
      token: { ...token, lastSeen: now },
      secret: env().NEXTAUTH_SECRET ?? '',
      maxAge: lifetime.idleSeconds,
    })
    // With the attributes the session was made with: a framed LTI session's cookie stays partitioned (ADR 037).
    response.cookies.set(cookieName, value, reissuedCookieOptions(cookieName, token, lifetime.idleSeconds))
  } else if (token && cookieName && verdict !== 'ok') {
    response.cookies.set(cookieName, '', reissuedCookieOptions(cookieName, token, 0))
  }
  return response
}

export const config = {
  // Static assets need neither a nonce nor a session check.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|fonts/).*)' }],
}
