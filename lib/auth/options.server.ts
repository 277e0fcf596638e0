import type { NextAuthOptions } from 'next-auth'
import { env } from '@/lib/env.server'
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, signInWithOidc } from '@/lib/sso/oidc.server'
import { sessionClaimsFor } from './issue-session.server'
import { revokeSession, sessionIsLive } from './revocation.server'
import { lifetimeFrom, sessionCookieAttributes } from './session-lifetime'

// next-auth runs single sign-on (OIDC) and its own endpoints (/api/auth/session, /api/auth/signout). Signing in with
// a password does not go through next-auth: it is a server action (app/(auth)/inloggen/actions.ts) that works
// without JavaScript and issues the same cookie (docs/decisions/020-sessions-client-address-and-forms.md).

// The idle limit is the JWT's expiry, slid forward by proxy.ts; the absolute limit is checked against authTime.
const lifetime = lifetimeFrom(env())

const oidc = oidcSettings()

/** Thrown in the jwt callback for a session that has ended; next-auth then answers {} and clears the cookie. */
const SESSION_ENDED = 'session-ended'

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: lifetime.idleSeconds },
  // The attributes of the sessions next-auth makes (single sign-on: Lax). A framed LTI session it reads and re-issues
  // keeps its own: app/api/auth/[...nextauth]/route.ts (lib/auth/next-auth-cookie.server.ts, ADR 037).
  cookies: { sessionToken: sessionCookieAttributes(env()) },
  pages: { signIn: '/inloggen', error: '/inloggen' },
  providers: oidc ? [oidcProvider(oidc)] : [],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return false
      const result = await signInWithOidc((profile ?? {}) as Record<string, unknown>, account.access_token)
      if ('refused' in result) return `/inloggen?fout=${result.refused}`
      // next-auth hands this same object to the jwt callback below: from here on it is the Deelwijs account.
      Object.assign(user, { id: result.userId, sessionVersion: result.sessionVersion })
      return true
    },
    async jwt({ token, user }) {
      // At sign-in: the claims every Deelwijs session has (lib/auth/issue-session.server.ts).
      // Only single sign-on signs in through next-auth, and the organisation's identity provider does its own MFA:
      // the session is exempt from the second factor (docs/decisions/023).
      if (user)
        return {
          ...token,
          ...sessionClaimsFor(user.id, (user as { sessionVersion?: number }).sessionVersion ?? 0, 'exempt'),
        }
      // Every later read (GET /api/auth/session): the same liveness rule as every page (lib/auth/session.server.ts),
      // so a deactivated user's or a signed-out session's cookie gives no name or e-mail.
      if (!(await sessionIsLive(token))) throw new Error(SESSION_ENDED)
      return token
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv, authTime: token.authTime }
    },
  },
  events: {
    // POST /api/auth/signout: this session's id goes on the revocation list, so a copy of the cookie stops working.
    async signOut({ token }) {
      await revokeSession(token)
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an expected answer, not an error worth a stack trace in the log.
      if ((metadata as { message?: string } | undefined)?.message === SESSION_ENDED) return
      console.error(`[next-auth][error][${code}]`, metadata)
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`)
    },
    debug() {},
  },
}
