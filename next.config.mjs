// Security headers that hold for every response. The Content-Security-Policy is set per request in proxy.ts,
// because it carries a nonce for Next's inline scripts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // No X-Frame-Options: the CSP's frame-ancestors (proxy.ts) decides, and can allow a configured LMS for LTI.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or heavy server-only packages stay out of the server bundle.
  serverExternalPackages: [
    'esbuild',
    'mdx-bundler',
    'pg',
    '@node-rs/argon2',
    '@electric-sql/pglite',
    '@prisma/adapter-pg',
    'ioredis',
    'pdfkit',
    // One module instance for every route and action: the limiters are shared on globalThis, and two bundled copies
    // made its "limit reached" check fail (lib/security/rate-limit.server.ts).
    'rate-limiter-flexible',
    // Loaded by the HTTP server (scripts/serve.ts) too; one copy per process (lib/observability).
    'pino',
    'prom-client',
  ],
  experimental: {
    // Enables forbidden() / unauthorized() so guards can answer with a real 403/401 page.
    authInterrupts: true,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The LMS opens the dynamic registration page in a window and waits for its close message through
      // window.opener, which same-origin would sever (ADR 038). The later rule wins for the same header.
      {
        source: '/api/lti/register/:token',
        headers: [{ key: 'Cross-Origin-Opener-Policy', value: 'unsafe-none' }],
      },
    ]
  },
}

export default nextConfig
