import { describe, expect, it } from 'vitest'
import { needsRefresh, sessionCookieAttributes, sessionVerdict } from './session-lifetime'

const lifetime = { idleSeconds: 2 * 3600, absoluteSeconds: 12 * 3600 }
const H = 3600

describe('session lifetime', () => {
  it('keeps an active session alive until the absolute limit', () => {
    expect(sessionVerdict({ authTime: 0, lastSeen: 11 * H }, 11.5 * H, lifetime)).toBe('ok')
    expect(sessionVerdict({ authTime: 0, lastSeen: 12 * H }, 12 * H + 1, lifetime)).toBe('absolute')
  })
  it('ends a session after the idle period without activity', () => {
    expect(sessionVerdict({ authTime: 0, lastSeen: H }, 3 * H + 1, lifetime)).toBe('idle')
    expect(sessionVerdict({ authTime: 0, lastSeen: H }, 3 * H - 1, lifetime)).toBe('ok')
  })
  it('falls back to the issue time for tokens without the newer fields', () => {
    expect(sessionVerdict({ iat: 0 }, 13 * H, lifetime)).toBe('absolute')
  })
  it('re-issues the cookie at most every five minutes', () => {
    expect(needsRefresh({ lastSeen: 0 }, 200)).toBe(false)
    expect(needsRefresh({ lastSeen: 0 }, 301)).toBe(true)
  })
})

describe('the session cookie', () => {
  it('is SameSite=None only on HTTPS with a learning environment allowed to frame Deelwijs', () => {
    const framed = sessionCookieAttributes({
      NEXTAUTH_URL: 'https://deelwijs.example',
      FRAME_ANCESTORS: 'https://lms.nl',
    })
    expect(framed).toEqual({
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, path: '/', secure: true, sameSite: 'none' },
    })
    expect(sessionCookieAttributes({ NEXTAUTH_URL: 'https://deelwijs.example' }).options.sameSite).toBe('lax')
    // Browsers refuse SameSite=None without Secure, so plain http keeps Lax even when framing is configured.
    expect(
      sessionCookieAttributes({ NEXTAUTH_URL: 'http://localhost:3000', FRAME_ANCESTORS: 'http://localhost:3130' }),
    ).toEqual({
      name: 'next-auth.session-token',
      options: { httpOnly: true, path: '/', secure: false, sameSite: 'lax' },
    })
  })
})
