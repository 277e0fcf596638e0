// The security headers that depend on the request or the configuration: the Content-Security-Policy (with a nonce per
// request, so Next's inline scripts run and nothing else does), frame-ancestors (only our own origin, plus the
// learning environments named in FRAME_ANCESTORS, for LTI), and HSTS in production. Static headers are in
// next.config.mjs. See docs/decisions/014-security-headers-and-limits.md.

/**
 * FRAME_ANCESTORS: space- or comma-separated https origins (and http://localhost ones, for a learning environment on the
 * same machine in development and tests). Anything else is dropped, never passed into the policy.
 */
export function parseFrameAncestors(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .flatMap((item) => {
      try {
        const url = new URL(item)
        const local = url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')
        return (url.protocol === 'https:' || local) && url.pathname === '/' && !url.search ? [url.origin] : []
      } catch {
        return []
      }
    })
}

export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; frameAncestors: string[]; formActionAnywhere?: boolean },
) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Only the LTI deep-linking response posts to another site: the LMS's return URL, known only at run time.
    options.formActionAnywhere ? 'form-action *' : "form-action 'self'",
    `frame-ancestors ${["'self'", ...options.frameAncestors].join(' ')}`,
  ].join('; ')
}

export const HSTS = 'max-age=63072000; includeSubDomains'
