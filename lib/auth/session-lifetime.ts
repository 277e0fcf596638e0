// Session lifetime: a session ends after a period without activity (idle) and, however active, a fixed time after
// signing in (absolute). The idle limit is the JWT's own expiry, slid forward by the proxy as the user is active; the
// absolute limit is the sign-in moment kept in the token (authTime). Both are configurable (SESSION_IDLE_MINUTES,
// SESSION_ABSOLUTE_HOURS). Pure functions, so the rules are tested without a browser.

export type Lifetime = { idleSeconds: number; absoluteSeconds: number }
export type SessionClock = { authTime?: number; lastSeen?: number; iat?: number }

/** next-auth's session cookie: the `__Secure-` name on HTTPS, the plain one on http://localhost. */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const

/** How often the proxy re-issues the cookie to slide the idle limit: not on every request. */
export const REFRESH_AFTER_SECONDS = 5 * 60

export function sessionVerdict(
  token: SessionClock,
  nowSeconds: number,
  lifetime: Lifetime,
): 'ok' | 'idle' | 'absolute' {
  const signedInAt = token.authTime ?? token.iat ?? 0
  if (nowSeconds - signedInAt > lifetime.absoluteSeconds) return 'absolute'
  const lastSeen = token.lastSeen ?? token.iat ?? signedInAt
  if (nowSeconds - lastSeen > lifetime.idleSeconds) return 'idle'
  return 'ok'
}

/** Seconds left before each limit ends (negative once passed). */
export function remainingOf(
  token: SessionClock,
  nowSeconds: number,
  lifetime: Lifetime,
): { idleSeconds: number; absoluteSeconds: number } {
  const signedInAt = token.authTime ?? token.iat ?? 0
  const lastSeen = token.lastSeen ?? token.iat ?? signedInAt
  return {
    idleSeconds: lastSeen + lifetime.idleSeconds - nowSeconds,
    absoluteSeconds: signedInAt + lifetime.absoluteSeconds - nowSeconds,
  }
}

export function needsRefresh(token: SessionClock, nowSeconds: number): boolean {
  return nowSeconds - (token.lastSeen ?? token.iat ?? 0) > REFRESH_AFTER_SECONDS
}

export function lifetimeFrom(env: { SESSION_IDLE_MINUTES: number; SESSION_ABSOLUTE_HOURS: number }): Lifetime {
  return { idleSeconds: env.SESSION_IDLE_MINUTES * 60, absoluteSeconds: env.SESSION_ABSOLUTE_HOURS * 3600 }
}

/**
 * The session cookie's attributes. Inside a learning environment's frame (LTI, FRAME_ANCESTORS set) the cookie is
 * third-party, so browsers only send it with SameSite=None, which needs Secure (HTTPS). Elsewhere Lax is safer.
 */
export function sessionCookieAttributes(settings: { NEXTAUTH_URL?: string; FRAME_ANCESTORS?: string }) {
  const secure = settings.NEXTAUTH_URL?.startsWith('https://') ?? false
  const framed = secure && Boolean(settings.FRAME_ANCESTORS?.trim())
  return {
    name: secure ? SESSION_COOKIES[0] : SESSION_COOKIES[1],
    options: { httpOnly: true, path: '/', secure, sameSite: framed ? ('none' as const) : ('lax' as const) },
  }
}
