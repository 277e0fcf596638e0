import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, HSTS, parseFrameAncestors } from './security-headers'

describe('security headers', () => {
  it('accepts only https origins for frame-ancestors and drops anything that could inject into the policy', () => {
    expect(parseFrameAncestors('http://localhost:3130 http://127.0.0.1:8080 http://localhost.evil.example')).toEqual([
      'http://localhost:3130',
      'http://127.0.0.1:8080',
    ])
    expect(parseFrameAncestors('https://lms.hogeschool.nl, https://brightspace.example.com')).toEqual([
      'https://lms.hogeschool.nl',
      'https://brightspace.example.com',
    ])
    expect(parseFrameAncestors("http://insecure.example; script-src * 'unsafe-inline' https://ok.example/pad")).toEqual(
      [],
    )
    expect(parseFrameAncestors(undefined)).toEqual([])
  })
  it('builds a nonce-based policy without unsafe-eval in production', () => {
    const csp = contentSecurityPolicy('abc', { dev: false, frameAncestors: ['https://lms.example'] })
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("frame-ancestors 'self' https://lms.example")
  })

  it('asks browsers to use HTTPS only, for at least a year and on subdomains (HSTS, sent in production)', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(HSTS)?.[1] ?? 0)
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 3600)
    expect(HSTS).toContain('includeSubDomains')
  })
})
