import { describe, expect, it } from 'vitest'
import {
  frameOfLaunch,
  needsRefresh,
  reissuedCookieOptions,
  sessionCookieAttributes,
  sessionVerdict,
} from './session-lifetime'

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
  const https = { NEXTAUTH_URL: 'https://deelwijs.example', FRAME_ANCESTORS: 'https://lms.nl' }

  it('is SameSite=None; Secure; Partitioned only for a framed LTI session on HTTPS', () => {
    expect(sessionCookieAttributes(https, { frame: 'lti' })).toEqual({
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, path: '/', secure: true, sameSite: 'none', partitioned: true },
    })
  })

  it('stays Lax and unpartitioned for every other session, also when FRAME_ANCESTORS is set', () => {
    // The sign-in form, single sign-on and the hand-off window: no frame claim.
    expect(sessionCookieAttributes(https)).toEqual({
      name: '__Secure-next-auth.session-token',
      options: { httpOnly: true, path: '/', secure: true, sameSite: 'lax' },
    })
    expect(sessionCookieAttributes({ NEXTAUTH_URL: 'https://deelwijs.example' }).options.sameSite).toBe('lax')
  })

  it('stays Lax on plain http, framed or not: browsers refuse None and Partitioned without Secure', () => {
    const http = { NEXTAUTH_URL: 'http://localhost:3000', FRAME_ANCESTORS: 'http://localhost:3130' }
    expect(sessionCookieAttributes(http, { frame: 'lti' })).toEqual({
      name: 'next-auth.session-token',
      options: { httpOnly: true, path: '/', secure: false, sameSite: 'lax' },
    })
  })

  it('is re-issued with the attributes its session was made with, under the name it has', () => {
    expect(reissuedCookieOptions('__Secure-next-auth.session-token', { frame: 'lti' }, 1800)).toEqual({
      httpOnly: true,
      path: '/',
      secure: true,
      sameSite: 'none',
      partitioned: true,
      maxAge: 1800,
    })
    expect(reissuedCookieOptions('__Secure-next-auth.session-token', {}, 1800)).toMatchObject({ sameSite: 'lax' })
    expect(reissuedCookieOptions('__Secure-next-auth.session-token', {}, 1800)).not.toHaveProperty('partitioned')
    expect(reissuedCookieOptions('next-auth.session-token', { frame: 'lti' }, 0)).toEqual({
      httpOnly: true,
      path: '/',
      secure: false,
      sameSite: 'lax',
      maxAge: 0,
    })
  })
})

describe('the frame claim of an LTI launch', () => {
  const framing = { FRAME_ANCESTORS: 'https://lms.nl' }

  it('marks a launch inside a frame, or from a browser that does not say', () => {
    expect(frameOfLaunch('iframe', framing)).toEqual({ frame: 'lti' })
    expect(frameOfLaunch(null, framing)).toEqual({ frame: 'lti' })
  })

  it('leaves a top-level launch (a new window) and a Deelwijs no LMS may frame unmarked', () => {
    expect(frameOfLaunch('document', framing)).toEqual({})
    expect(frameOfLaunch('iframe', {})).toEqual({})
    expect(frameOfLaunch('iframe', { FRAME_ANCESTORS: '  ' })).toEqual({})
  })
})
