import 'server-only'
import { NextResponse } from 'next/server'
import { decode } from 'next-auth/jwt'
import { env } from '@/lib/env.server'
import { lifetimeFrom, reissuedCookieOptions, SESSION_COOKIES, type SessionFrame } from './session-lifetime'

// next-auth writes the session cookie itself on its own endpoints (the single sign-on callback, GET
// /api/auth/session, sign-out) with one fixed set of options (authOptions.cookies). Those are right for the sessions
// it makes (single sign-on: Lax), but it also re-issues and clears the cookie of any session it reads, a framed LTI
// session included. This puts the attributes of that session's own claims on its Set-Cookie headers, so
// lib/auth/session-lifetime.ts stays the one owner of the attributes (docs/decisions/037-framed-lti-sessions.md).

/** next-auth's response with every session cookie it sets carrying its session's attributes. */
export async function withSessionAttributes(response: Response, requestCookie: string | undefined) {
  const written = response.headers.getSetCookie()
  if (!written.some((header) => SESSION_COOKIES.some((name) => header.startsWith(`${name}=`)))) return response
  const secret = env().NEXTAUTH_SECRET ?? ''
  const frameOf = async (value: string | undefined): Promise<SessionFrame> => {
    const token = value ? await decode({ token: value, secret }).catch(() => null) : null
    return token?.frame === 'lti' ? { frame: 'lti' } : {}
  }
  const headers = new Headers(response.headers)
  headers.delete('set-cookie')
  for (const header of written) {
    const name = SESSION_COOKIES.find((candidate) => header.startsWith(`${candidate}=`))
    if (!name) {
      headers.append('set-cookie', header)
      continue
    }
    const value = decodeURIComponent(header.slice(name.length + 1).split(';')[0] ?? '')
    // A cookie being cleared is the request's session; a cookie being written is the session it holds. next-auth
    // writes it for one idle period (session.maxAge).
    const session = await frameOf(value || requestCookie)
    const maxAge = value ? lifetimeFrom(env()).idleSeconds : 0
    const rewritten = new NextResponse(null)
    rewritten.cookies.set(name, value, reissuedCookieOptions(name, session, maxAge))
    for (const line of rewritten.headers.getSetCookie()) headers.append('set-cookie', line)
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
