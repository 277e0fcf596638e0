// The security headers that depend on the request or the configuration: the Content-Security-Policy (with a nonce per
// request, so Next's inline scripts run and nothing else does), frame-ancestors (only our own origin, plus the
// learning environments named in FRAME_ANCESTORS, for LTI), and HSTS in production. Static headers are in
// next.config.mjs. See docs/decisions/014-security-headers-and-limits.md.

/** FRAME_ANCESTORS: space- or comma-separated https origins. Anything else is dropped, never passed into the policy. */
export function parseFrameAncestors(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((item) => {
      try {
        const url = new URL(item)
        return url.protocol === 'https:' && url.pathname === '/' && !url.search ? [url.origin] : []
      } catch {
        return []
      }
    })
}

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; frameAncestors: string[] }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...options.frameAncestors].join(' ')}`,
  ].join('; ')
}

export const HSTS = 'max-age=63072000; includeSubDomains'
