import { type NextRequest, NextResponse } from 'next/server'
import { getToken } from 'next-auth/jwt'

// The proxy only does two cheap things: a per-request CSP nonce, and redirecting anonymous visitors of member areas to
// the sign-in page. It is never the access check: every page, action and route handler calls its own guard.
const MEMBER_AREAS = ['/leren', '/klas', '/rapportage', '/beheer', '/account', '/scenarios']

function contentSecurityPolicy(nonce: string) {
  const dev = process.env.NODE_ENV === 'development'
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (MEMBER_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) {
    const token = await getToken({ req: request })
    if (!token) {
      const url = new URL('/inloggen', request.url)
      url.searchParams.set('terug', `${pathname}${search}`)
      return NextResponse.redirect(url)
    }
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const csp = contentSecurityPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', csp)
  return response
}

export const config = {
  // Static assets need neither a nonce nor a session check.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|fonts/).*)' }],
}
