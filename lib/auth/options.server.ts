import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, signInWithOidc } from '@/lib/sso/oidc.server'
import { clearFailures, minutesUntilAllowed, recordFailure, throttleKeys } from './login-throttle.server'
import type { SecondFactorClaim } from './mfa/policy'
import { cookieFromHeader, secondFactorAtSignIn } from './mfa/sign-in.server'
import { verifyAgainstDummy, verifyPassword } from './password.server'
import { lifetimeFrom, sessionCookieAttributes } from './session-lifetime'

// Error codes the sign-in form turns into Dutch messages. They never say whether the e-mail exists.
export const SIGN_IN_ERRORS = { invalid: 'CredentialsSignin', throttled: 'Throttled' } as const

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
})

// The idle limit is the JWT's expiry, slid forward by proxy.ts; the absolute limit is checked against authTime.
const lifetime = lifetimeFrom(env())

const oidc = oidcSettings()

function clientIp(headers: Record<string, unknown> | undefined): string | undefined {
  const forwarded = headers?.['x-forwarded-for']
  const value = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : undefined
  return value || undefined
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: lifetime.idleSeconds },
  // Same attributes as the proxy and the LTI launch use (SameSite=None only when framed by a learning environment).
  cookies: { sessionToken: sessionCookieAttributes(env()) },
  pages: { signIn: '/inloggen', error: '/inloggen' },
  providers: [
    CredentialsProvider({
      name: 'E-mail en wachtwoord',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw)
        if (!parsed.success) return null
        const { email, password } = parsed.data
        const ip = clientIp(req?.headers)
        if (!(await consumeLimit('signIn', `ip:${ip ?? 'local'}`)).ok) throw new Error(SIGN_IN_ERRORS.throttled)
        const keys = throttleKeys(email, ip)
        if ((await minutesUntilAllowed(keys)) > 0) throw new Error(SIGN_IN_ERRORS.throttled)

        const user = await db().user.findUnique({
          where: { email: email.toLowerCase() },
          select: { id: true, name: true, email: true, active: true, sessionVersion: true, passwordHash: true },
        })
        const ok =
          user?.passwordHash && user.active
            ? await verifyPassword(user.passwordHash, password)
            : await verifyAgainstDummy(password)
        if (!user || !ok) {
          await recordFailure(keys)
          return null
        }
        await clearFailures(email)
        await db().user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } })
        // A password alone is one factor: the session starts 'pending' unless this browser is a remembered device.
        const mfa = await secondFactorAtSignIn(user.id, (name) => cookieFromHeader(req?.headers?.cookie, name))
        return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, mfa }
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true
      const result = await signInWithOidc((profile ?? {}) as Record<string, unknown>, account.access_token)
      if ('refused' in result) return `/inloggen?fout=${result.refused}`
      // next-auth hands this same object to the jwt callback below: from here on it is the Deelwijs account.
      Object.assign(user, { id: result.userId, sessionVersion: result.sessionVersion })
      return true
    },
    jwt({ token, user, account }) {
      // Only the id and the session version live in the cookie; roles are read fresh from the database per request.
      if (user) {
        const now = Math.floor(Date.now() / 1000)
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0
        token.authTime = now
        token.lastSeen = now
        // The organisation's identity provider does its own MFA: an OIDC session is exempt (docs/decisions/023).
        token.mfa =
          account?.provider === OIDC_PROVIDER_ID ? 'exempt' : ((user as { mfa?: SecondFactorClaim }).mfa ?? 'pending')
      }
      return token
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv, authTime: token.authTime }
    },
  },
}
