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

/** What a session says about where it runs: `frame: 'lti'` for a launch from a learning environment that may show
 * Deelwijs inside its frame (the JWT claim, set at launch by lib/lti/finish-launch.server.ts). */
export type SessionFrame = { frame?: 'lti' }

/**
 * The session cookie's attributes: the one place that decides them, for every writer (sign-in, LTI launch, the proxy's
 * refresh, "Blijf ingelogd", the second factor, next-auth's own endpoints). Only a session made by an LTI launch in a
 * frame (the `frame` claim) is `SameSite=None; Secure; Partitioned`: inside the LMS's frame the cookie is third-party,
 * browsers send it there only with None, and keep it when they block third-party cookies only when it is partitioned
 * (CHIPS) under the LMS's site. Every other session (the sign-in form, single sign-on, the hand-off window) is Lax,
 * also when FRAME_ANCESTORS is set. None needs Secure, so on plain http (development, the e2e suite) every session is
 * Lax (docs/decisions/037-framed-lti-sessions.md).
 */
export function sessionCookieAttributes(
  settings: { NEXTAUTH_URL?: string; FRAME_ANCESTORS?: string },
  session: SessionFrame = {},
) {
  const secure = settings.NEXTAUTH_URL?.startsWith('https://') ?? false
  return { name: secure ? SESSION_COOKIES[0] : SESSION_COOKIES[1], options: cookieOptions(secure, session) }
}

/**
 * The options to write a session cookie again under the name it already has (refresh, second factor): the attributes
 * its session was made with. The name decides Secure, as the browser requires of a `__Secure-` cookie.
 */
export function reissuedCookieOptions(name: string, session: SessionFrame, maxAge: number) {
  return { ...cookieOptions(name.startsWith('__Secure-'), session), maxAge }
}

function cookieOptions(secure: boolean, session: SessionFrame) {
  const framed = secure && session.frame === 'lti'
  return {
    httpOnly: true,
    path: '/',
    secure,
    sameSite: framed ? ('none' as const) : ('lax' as const),
    ...(framed ? { partitioned: true } : {}),
  }
}

/**
 * The `frame` claim of a session made by an LTI launch: 'lti' unless the launch is a top-level page (a link the LMS
 * opens in a new window: `Sec-Fetch-Dest: document`), and only when some LMS may frame Deelwijs at all
 * (FRAME_ANCESTORS). A browser that sends no Sec-Fetch-Dest counts as framed: the partitioned cookie works at the top
 * level too, only with SameSite=None instead of Lax.
 */
export function frameOfLaunch(fetchDest: string | null, settings: { FRAME_ANCESTORS?: string }): SessionFrame {
  if (!settings.FRAME_ANCESTORS?.trim() || fetchDest === 'document') return {}
  return { frame: 'lti' }
}
