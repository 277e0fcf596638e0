import type { NextRequest } from 'next/server'
import NextAuth from 'next-auth'
import { withSessionAttributes } from '@/lib/auth/next-auth-cookie.server'
import { authOptions } from '@/lib/auth/options.server'
import { SESSION_COOKIES } from '@/lib/auth/session-lifetime'

// next-auth's own endpoints (sign-in, sign-out, session, CSRF token). They carry their own CSRF protection. The
// session cookie they write gets the attributes of its session (a framed LTI session stays partitioned, ADR 037).
const nextAuth = NextAuth(authOptions)

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const current = SESSION_COOKIES.map((name) => request.cookies.get(name)?.value).find(Boolean)
  return withSessionAttributes(await nextAuth(request, context), current)
}

export { handler as GET, handler as POST }
