import { Writable } from 'node:stream'
import { expect, test } from 'vitest'
import { createLogger, scrubText } from './logger.server'
import { routeLabel } from './routes'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { log: createLogger(stream), lines }
}

test('personal data and secrets in a log object are redacted, wherever they sit', () => {
  const { log, lines } = capture()
  log.info(
    {
      email: 'jan@example.nl',
      user: { name: 'Jan Jansen', email: 'jan@example.nl', id: 'u1' },
      headers: { cookie: 'next-auth.session-token=abc', authorization: 'Bearer xyz' },
      token: 'reset-token-123',
    },
    'signed in',
  )
  const line = lines.join('')
  for (const secret of ['jan@example.nl', 'Jan Jansen', 'session-token=abc', 'Bearer xyz', 'reset-token-123']) {
    expect(line).not.toContain(secret)
  }
  expect(JSON.parse(line)).toMatchObject({ level: 'info', service: 'deelwijs', user: { id: 'u1' }, msg: 'signed in' })
})

test('an e-mail address in a message is scrubbed', () => {
  const { log, lines } = capture()
  log.warn('mail to piet.de.vries@gemeente.example bounced')
  expect(lines.join('')).not.toContain('piet.de.vries@gemeente.example')
  expect(scrubText('a <x.y@z.nl> b')).toBe('a <[e-mail]> b')
})

test('route labels replace ids and tokens, so labels stay few and carry nothing personal', () => {
  expect(routeLabel('/api/attempts/cmabc12345xyz/moves')).toBe('/api/attempts/:id/moves')
  expect(routeLabel('/inloggen/nieuw-wachtwoord/Zk3x9PqR7mN2?x=1')).toBe('/inloggen/nieuw-wachtwoord/:id')
  expect(routeLabel('/leren/kramer/huisarts')).toBe('/leren/kramer/huisarts')
  expect(routeLabel('/_next/static/chunks/abc.js')).toBe('/_next/static')
})
