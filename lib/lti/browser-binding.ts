import { createHash, timingSafeEqual } from 'node:crypto'

// Binding an LTI launch to the browser that began its login (OIDC Core §3.1.2.1 `state`, IMS Security Framework
// §5.1.1.2). The state row on the server alone proves only that *someone* began the login: an attacker could begin
// one in their own browser and have the victim's browser post their ID token and state (login CSRF). So the login
// also leaves a cookie in the browser that began it, and the launch must come with it. Pure functions: the routes and
// lib/lti/launch.server.ts decide what to do with the verdict. See docs/decisions/035-lti-launch-bound-to-the-browser.md.

/** As long as the state row itself (lib/lti/launch.server.ts). */
export const STATE_COOKIE_SECONDS = 10 * 60

const HOST_PREFIX = '__Host-lti-state-'
const PLAIN_PREFIX = 'lti-state-'

type Settings = { NEXTAUTH_URL?: string }

/** Same rule as the session cookie (lib/auth/session-lifetime.ts): the secure form on HTTPS, a plain one on http. */
function isSecure(settings: Settings) {
  return settings.NEXTAUTH_URL?.startsWith('https://') ?? false
}

/**
 * One cookie per login, named after its state, so two launches under way at once (two Deelwijs links on one course
 * page) do not overwrite each other's cookie. The name carries a hash, not the state itself.
 */
export function stateCookieName(state: string, settings: Settings) {
  const id = createHash('sha256').update(state).digest('base64url').slice(0, 16)
  return `${isSecure(settings) ? HOST_PREFIX : PLAIN_PREFIX}${id}`
}

/**
 * On HTTPS: `__Host-` (no other host can set it, not even a subdomain), Secure, HttpOnly, and SameSite=None because the
 * launch is a cross-site form post from the LMS; Partitioned (CHIPS) so browsers that block third-party cookies still
 * keep it inside the LMS's frame, in a jar of that LMS's site. On plain http (development and the e2e suite, where the
 * LMS runs on the same host) a Lax cookie: browsers refuse SameSite=None without Secure.
 */
function stateCookieOptions(settings: Settings, maxAge: number) {
  return isSecure(settings)
    ? { httpOnly: true, secure: true, sameSite: 'none' as const, partitioned: true, path: '/', maxAge }
    : { httpOnly: true, secure: false, sameSite: 'lax' as const, path: '/', maxAge }
}

export function stateCookie(state: string, settings: Settings) {
  return {
    name: stateCookieName(state, settings),
    value: state,
    options: stateCookieOptions(settings, STATE_COOKIE_SECONDS),
  }
}

/** The same cookie, expired: single use, so the launch that used it removes it (with the same attributes, or a
 * partitioned cookie is not replaced). */
export function expiredStateCookie(state: string, settings: Settings) {
  return { name: stateCookieName(state, settings), value: '', options: stateCookieOptions(settings, 0) }
}

/** The request's cookies by name (the first of a repeated name, as browsers send the most specific first). */
export function requestCookies(request: Request): Record<string, string> {
  const cookies: Record<string, string> = {}
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const at = part.indexOf('=')
    const name = part.slice(0, Math.max(at, 0)).trim()
    if (!name || name in cookies) continue
    try {
      cookies[name] = decodeURIComponent(part.slice(at + 1).trim())
    } catch {
      cookies[name] = part.slice(at + 1).trim()
    }
  }
  return cookies
}

/** Compares two secrets in constant time, whatever their lengths (hashing first makes them equally long). */
export function sameSecret(a: string, b: string) {
  const left = createHash('sha256').update(a).digest()
  const right = createHash('sha256').update(b).digest()
  return timingSafeEqual(left, right)
}

export type Binding = 'match' | 'mismatch' | 'missing'

/**
 * What the browser's cookies say about a state:
 * - `match`: this browser began the login;
 * - `mismatch`: it carries a state cookie, but not this login's: a forged value, or state cookies of other logins
 *   (this browser keeps our cookies here, so the missing one was never set in it: someone else began this login);
 * - `missing`: no state cookie at all, as when the browser blocks cookies in the LMS's frame. Only then may another
 *   proof (the platform's storage) stand in.
 * Only the form of the current setting counts: on HTTPS a plain `lti-state-` cookie could have been set by another
 * host of the domain, so it proves nothing.
 */
export function cookieBinding(state: string, cookies: Record<string, string>, settings: Settings): Binding {
  const value = cookies[stateCookieName(state, settings)]
  if (value !== undefined) return sameSecret(value, state) ? 'match' : 'mismatch'
  const prefix = isSecure(settings) ? HOST_PREFIX : PLAIN_PREFIX
  return Object.keys(cookies).some((name) => name.startsWith(prefix)) ? 'mismatch' : 'missing'
}
