import { NextRequest } from 'next/server'
import { encode } from 'next-auth/jwt'
import { beforeAll, expect, test, vi } from 'vitest'
import { sessionClaimsFor, sessionCookieFor } from '@/lib/auth/issue-session.server'
import { db } from '@/lib/db/client.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'
import { proxy } from '@/proxy'
import { cookieWrites, outcomeOf, replaySession } from '../support/action-session'

// The session cookie's attributes on HTTPS with an LMS allowed to frame Deelwijs (docs/decisions/037): a session made
// by an LTI launch in a frame is `SameSite=None; Secure; Partitioned`, every other session Lax, and every writer that
// re-issues a cookie (the proxy's refresh, next-auth's own session endpoint) keeps what the session was made with.

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789abcdef'
  process.env.NEXTAUTH_URL = 'https://deelwijs.example'
  process.env.FRAME_ANCESTORS = 'https://lms.example'
})
vi.mock('next/headers', async () => (await import('../support/action-session')).headersModule)

const NAME = '__Secure-next-auth.session-token'
let userId: string

beforeAll(async () => {
  const organisation = await createOrganisation(db(), { name: 'Cookie org', kind: 'hogeschool' })
  userId = (await createUser(db(), { organisationId: organisation.id, role: 'learner' })).id
})

/** A session cookie's value last seen ten minutes ago, so the proxy re-issues it on the next request. */
async function staleCookie(frame: { frame?: 'lti' }) {
  const claims = sessionClaimsFor(userId, 0, 'exempt', frame)
  const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600
  return encode({
    token: { ...claims, lastSeen: tenMinutesAgo },
    secret: process.env.NEXTAUTH_SECRET ?? '',
  })
}

const sessionSetCookie = (response: Response) =>
  response.headers.getSetCookie().find((line) => line.startsWith(`${NAME}=`)) ?? ''

test('an LTI launch in a frame gets a partitioned SameSite=None cookie; other sessions stay Lax', async () => {
  const framed = await sessionCookieFor(userId, 0, 'exempt', { frame: 'lti' })
  expect(framed.name).toBe(NAME)
  expect(framed.options).toMatchObject({ secure: true, sameSite: 'none', partitioned: true, httpOnly: true })
  // The sign-in form and single sign-on: no frame claim, so Lax and unpartitioned although FRAME_ANCESTORS is set.
  const ordinary = await sessionCookieFor(userId, 0, 'pending')
  expect(ordinary.options).toMatchObject({ secure: true, sameSite: 'lax' })
  expect(ordinary.options).not.toHaveProperty('partitioned')
})

test("the proxy's refresh keeps the attributes the session was made with", async () => {
  const refreshed = async (value: string) =>
    sessionSetCookie(
      await proxy(new NextRequest('https://deelwijs.example/leren', { headers: { cookie: `${NAME}=${value}` } })),
    )
  const framed = await refreshed(await staleCookie({ frame: 'lti' }))
  expect(framed).toMatch(/SameSite=none/i)
  expect(framed).toMatch(/; Partitioned/i)
  expect(framed).toMatch(/; Secure/i)
  const ordinary = await refreshed(await staleCookie({}))
  expect(ordinary).toMatch(/SameSite=lax/i)
  expect(ordinary).not.toMatch(/Partitioned/i)
})

test("next-auth's own cookie writes get the attributes of their session (lib/auth/next-auth-cookie.server.ts)", async () => {
  const { withSessionAttributes } = await import('@/lib/auth/next-auth-cookie.server')
  // What next-auth answers GET /api/auth/session with: the same token re-issued with its fixed (Lax) options, beside
  // cookies of its own that must pass unchanged.
  const nextAuthAnswer = (value: string) => {
    const headers = new Headers({ 'content-type': 'application/json' })
    headers.append(
      'set-cookie',
      `${NAME}=${value}; Path=/; Expires=Wed, 01 Jan 2100 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax`,
    )
    headers.append('set-cookie', '__Host-next-auth.csrf-token=abc; Path=/; HttpOnly; Secure; SameSite=Lax')
    return new Response('{}', { status: 200, headers })
  }
  const framedValue = await staleCookie({ frame: 'lti' })
  const framed = await withSessionAttributes(nextAuthAnswer(framedValue), framedValue)
  expect(framed.status).toBe(200)
  expect(sessionSetCookie(framed)).toMatch(/SameSite=none/i)
  expect(sessionSetCookie(framed)).toMatch(/; Partitioned/i)
  expect(sessionSetCookie(framed)).toContain(framedValue)
  expect(framed.headers.getSetCookie()).toContain(
    '__Host-next-auth.csrf-token=abc; Path=/; HttpOnly; Secure; SameSite=Lax',
  )

  const ordinaryValue = await staleCookie({})
  const ordinary = await withSessionAttributes(nextAuthAnswer(ordinaryValue), ordinaryValue)
  expect(sessionSetCookie(ordinary)).toMatch(/SameSite=lax/i)
  expect(sessionSetCookie(ordinary)).not.toMatch(/Partitioned/i)

  // Clearing the cookie (a session that ended, sign-out): a partitioned cookie is only removed by a partitioned
  // Set-Cookie, so the request's session decides.
  const cleared = new Headers()
  cleared.append('set-cookie', `${NAME}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`)
  const removal = sessionSetCookie(await withSessionAttributes(new Response(null, { headers: cleared }), framedValue))
  expect(removal).toMatch(/Max-Age=0/i)
  expect(removal).toMatch(/; Partitioned/i)
})

test("signing out removes a framed session's cookie with a partitioned Set-Cookie, an ordinary one without", async () => {
  const { signOutAction } = await import('@/app/(auth)/uitloggen/actions')
  const removalOf = async (value: string) => {
    replaySession([[NAME, value]])
    cookieWrites.length = 0
    expect(await outcomeOf(signOutAction)).toMatch(/^redirect \/\?uitgelogd=1/)
    return cookieWrites.find((write) => write.name === NAME)
  }
  expect(await removalOf(await staleCookie({ frame: 'lti' }))).toMatchObject({
    value: '',
    options: { maxAge: 0, sameSite: 'none', partitioned: true, secure: true },
  })
  const ordinary = await removalOf(await staleCookie({}))
  expect(ordinary).toMatchObject({ value: '', options: { maxAge: 0, sameSite: 'lax' } })
  expect(ordinary?.options).not.toHaveProperty('partitioned')
})
