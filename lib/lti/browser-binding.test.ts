import { expect, test } from 'vitest'
import { cookieBinding, expiredStateCookie, requestCookies, stateCookie, stateCookieName } from './browser-binding'

const HTTPS = { NEXTAUTH_URL: 'https://deelwijs.example' }
const HTTP = { NEXTAUTH_URL: 'http://localhost:3000' }

test('on HTTPS the state cookie is __Host-, Secure, HttpOnly, SameSite=None and Partitioned, for ten minutes', () => {
  const cookie = stateCookie('state-1', HTTPS)
  expect(cookie.name).toMatch(/^__Host-lti-state-[\w-]{16}$/)
  expect(cookie.value).toBe('state-1')
  expect(cookie.options).toEqual({
    httpOnly: true,
    secure: true,
    sameSite: 'none',
    partitioned: true,
    path: '/',
    maxAge: 600,
  })
  expect(expiredStateCookie('state-1', HTTPS)).toMatchObject({
    name: cookie.name,
    options: { maxAge: 0, partitioned: true },
  })
})

test('on plain http (development, the e2e suite) it is a Lax cookie without a prefix', () => {
  for (const settings of [HTTP, {}]) {
    const cookie = stateCookie('state-1', settings)
    expect(cookie.name).toMatch(/^lti-state-[\w-]{16}$/)
    expect(cookie.options).toMatchObject({ httpOnly: true, secure: false, sameSite: 'lax', path: '/' })
  }
})

test('each login has a cookie of its own, named after a hash of its state', () => {
  expect(stateCookieName('a', HTTPS)).not.toBe(stateCookieName('b', HTTPS))
  expect(stateCookieName('a', HTTPS)).not.toContain('a-')
})

test('the cookies decide: this login (match), another login or a forged value (mismatch), none at all (missing)', () => {
  const own = stateCookie('state-1', HTTPS)
  const other = stateCookie('state-2', HTTPS)
  expect(cookieBinding('state-1', { [own.name]: 'state-1' }, HTTPS)).toBe('match')
  expect(cookieBinding('state-1', { [own.name]: 'state-1', [other.name]: 'state-2' }, HTTPS)).toBe('match')
  expect(cookieBinding('state-1', { [own.name]: 'forged' }, HTTPS)).toBe('mismatch')
  expect(cookieBinding('state-1', { [other.name]: 'state-2' }, HTTPS)).toBe('mismatch')
  expect(cookieBinding('state-1', { 'next-auth.session-token': 'x' }, HTTPS)).toBe('missing')
  expect(cookieBinding('state-1', {}, HTTPS)).toBe('missing')
})

test('on HTTPS a cookie without the __Host- prefix proves nothing (another host of the domain could have set it)', () => {
  const plain = stateCookie('state-1', HTTP)
  expect(cookieBinding('state-1', { [plain.name]: 'state-1' }, HTTPS)).toBe('missing')
})

test('request cookies are read from the Cookie header, the first of a repeated name counting', () => {
  const request = new Request('https://deelwijs.example/api/lti/launch', {
    headers: { cookie: 'a=1; b=x%3Dy; a=2; broken; =nameless' },
  })
  expect(requestCookies(request)).toEqual({ a: '1', b: 'x=y' })
  expect(requestCookies(new Request('https://deelwijs.example/'))).toEqual({})
})
