import { describe, expect, it } from 'vitest'
import { needsRefresh, sessionVerdict } from './session-lifetime'

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
