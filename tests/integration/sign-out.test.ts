import { createRequire } from 'node:module'
import path from 'node:path'
import { encode } from 'next-auth/jwt'
import { expect, test, vi } from 'vitest'
import { endAllSessions } from '@/lib/accounts/admin.server'
import { sessionClaimsFor, sessionCookieFor } from '@/lib/auth/issue-session.server'
import { authOptions } from '@/lib/auth/options.server'
import { revokeSession } from '@/lib/auth/revocation.server'
import { claimsFromCookie, userForSessionCookie } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { createUser } from '@/lib/seed/factories'

// Before the modules above read the environment (imports are hoisted).
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-of-at-least-32-characters'
})

const ORIGIN = 'http://localhost:3000'

// next-auth's core handler (what app/api/auth/[...nextauth] runs), loaded by path: the package does not export it.
type Handler = (params: { req: Request; options: unknown }) => Promise<{
  body?: unknown
  cookies?: { name: string; value: string }[]
}>
const { AuthHandler } = createRequire(import.meta.url)(path.resolve('node_modules/next-auth/core/index.js')) as {
  AuthHandler: Handler
}

/** next-auth's own endpoint handler, called with a real Request as the route handler does. */
async function nextAuth(path: string, init: { cookie?: string; body?: unknown } = {}) {
  const headers = new Headers({ host: 'localhost:3000' })
  if (init.cookie) headers.set('cookie', init.cookie)
  if (init.body) headers.set('content-type', 'application/json')
  const request = new Request(`${ORIGIN}/api/auth/${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers,
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  return AuthHandler({
    req: request,
    // The route handler (next-auth/next) adds the secret from NEXTAUTH_SECRET the same way.
    options: { ...authOptions, secret: process.env.NEXTAUTH_SECRET },
  })
}

async function signedInCookie() {
  const user = await createUser(db(), {
    email: `uit-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`,
    name: 'Uit Logger',
  })
  // The claims a single sign-on through next-auth puts in the cookie: ours plus name and e-mail.
  const { name } = await sessionCookieFor(user.id, 0, 'pending')
  const value = await encode({
    token: { ...sessionClaimsFor(user.id, 0, 'pending'), name: user.name, email: user.email },
    secret: process.env.NEXTAUTH_SECRET ?? '',
  })
  return { user, cookie: `${name}=${value}` }
}

test('POST /api/auth/signout ends that session: the old cookie no longer gives a session', async () => {
  const { cookie } = await signedInCookie()
  expect((await nextAuth('session', { cookie })).body).toMatchObject({ user: { name: 'Uit Logger' } })

  const csrf = await nextAuth('csrf')
  const csrfCookie = (csrf.cookies ?? []).map((c) => `${c.name}=${c.value}`).join('; ')
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken
  await nextAuth('signout', { cookie: `${cookie}; ${csrfCookie}`, body: { csrfToken } })

  // The browser would drop the cookie; someone who copied it replays it.
  const replay = await nextAuth('session', { cookie })
  expect(replay.body).not.toHaveProperty('user')
})

test('/api/auth/session returns nothing for a deactivated user', async () => {
  const { user, cookie } = await signedInCookie()
  await db().user.update({ where: { id: user.id }, data: { active: false } })
  const session = await nextAuth('session', { cookie })
  expect(session.body).not.toHaveProperty('user')
  expect(JSON.stringify(session.body)).not.toContain(user.email)
})

test('every page guard refuses a signed-out session, a session without an id and one from before "overal uitloggen"', async () => {
  const user = await createUser(db(), { email: `pagina-${Date.now()}@example.test` })
  const one = await sessionCookieFor(user.id, 0, 'pending')
  const other = await sessionCookieFor(user.id, 0, 'pending')
  expect((await userForSessionCookie(one.value))?.id).toBe(user.id)

  // Signing out one session leaves the other (another device) alone.
  const claims = await claimsFromCookie(one.value)
  if (!claims) throw new Error('expected claims')
  await revokeSession(claims)
  expect(await userForSessionCookie(one.value)).toBeNull()
  expect((await userForSessionCookie(other.value))?.id).toBe(user.id)

  // "Overal uitloggen" still ends all of them.
  await endAllSessions(user.id)
  expect(await userForSessionCookie(other.value)).toBeNull()

  // A cookie without a session id (issued before revocation existed) cannot be signed out, so it is not accepted.
  const now = Math.floor(Date.now() / 1000)
  const legacy = await encode({
    token: { sub: user.id, sv: 1, authTime: now, lastSeen: now },
    secret: process.env.NEXTAUTH_SECRET ?? '',
  })
  expect(await userForSessionCookie(legacy)).toBeNull()
})
