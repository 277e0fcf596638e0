import 'next-auth'
import 'next-auth/jwt'

declare module 'next-auth' {
  interface Session {
    userId?: string
    sv?: number
    authTime?: number
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sv?: number
    /** Seconds since the epoch when the user signed in: the start of the absolute session lifetime. */
    authTime?: number
    /** Seconds since the epoch when the proxy last saw the user active. */
    lastSeen?: number
    /** A random id per sign-in, so one session can be revoked (lib/auth/revocation.server.ts). */
    sid?: string
    /** The second factor of this session (lib/auth/mfa/policy.ts); absent counts as 'pending'. */
    mfa?: 'pending' | 'done' | 'exempt'
    /** 'lti' for a session made by an LTI launch inside an LMS's frame: its cookie is partitioned (ADR 037). */
    frame?: 'lti'
  }
}
